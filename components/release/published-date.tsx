import { useLocale } from 'next-intl';
import { formatReleaseDate } from '@/lib/i18n/formats';

/** A release date in the reader's language, in Korea's time zone. */
export function PublishedDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatReleaseDate(useLocale(), iso)}
    </time>
  );
}
