import Link from 'next/link';
import type { Locale } from 'next-intl';
import { localePath, tagPath } from '@/lib/routes';

/** A release's topic as a small label beside its date, linking to the topic's list. */
export function TopicLabel({ locale, tag, label }: { locale: Locale; tag: string; label: string }) {
  return (
    <Link href={localePath(locale, tagPath(tag))} className="rounded-full border border-stone-300 px-2 py-px text-xs text-stone-700 hover:border-sky-800 hover:text-sky-800">
      {label}
    </Link>
  );
}
