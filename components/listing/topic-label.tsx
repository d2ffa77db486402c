import { Link } from '@/components/site/link';
import type { Locale } from 'next-intl';
import { localePath, tagPath } from '@/lib/routes';

/**
 * A release's topic as a small label beside its date, linking to the topic's list. The pill is
 * drawn inside the link: on a touch screen the link is a finger's size, the pill stays small.
 */
export function TopicLabel({ locale, tag, label }: { locale: Locale; tag: string; label: string }) {
  return (
    <Link href={localePath(locale, tagPath(tag))} className="group text-xs text-stone-700 hover:text-sky-800">
      <span className="rounded-full border border-stone-300 px-2 py-px group-hover:border-sky-800">{label}</span>
    </Link>
  );
}
