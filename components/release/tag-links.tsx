import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Newsroom } from '@/lib/content/schema';
import { localePath, tagPath } from '@/lib/routes';

/** The release's tags, each labelled in the page's language and linking to its list. */
export function TagLinks({ tags, labels }: { tags: string[]; labels: Newsroom['tags'] }) {
  const t = useTranslations('ReleaseList');
  const locale = useLocale();
  if (tags.length === 0) return null;
  return (
    <nav aria-label={t('tags')} className="mt-10 print:hidden">
      <ul className="flex flex-wrap gap-2 text-sm">
        {tags.map((tag) => (
          <li key={tag}>
            <Link href={localePath(locale, tagPath(tag))} className="inline-block rounded-full border border-stone-300 px-3 py-1 text-stone-700 hover:border-sky-800 hover:text-sky-800">
              {labels[tag]![locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
