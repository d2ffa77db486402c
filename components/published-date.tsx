import { useFormatter } from 'next-intl';

/** A release date in the reader's language, in Korea's time zone (set in the request config). */
export function PublishedDate({ iso, className }: { iso: string; className?: string }) {
  const format = useFormatter();
  return (
    <time dateTime={iso} className={className}>
      {format.dateTime(new Date(iso), { dateStyle: 'long' })}
    </time>
  );
}
