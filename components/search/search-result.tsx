import { useTranslations, type Locale } from 'next-intl';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { highlight, type Excerpt } from '@/lib/search/browser';
import type { Hit } from '@/lib/search/format';
import { HighlightedText } from './highlighted-text';

/** Where a result is listed: the reader's language, and where each language's releases live. */
export type ResultPlace = {
  readerLocale: Locale;
  releaseFolders: Record<Locale, string>;
};

type Props = ResultPlace & { hit: Hit; query: string; excerpt?: Excerpt };

/**
 * One release found: title, date, and (for a search with words) the paragraph that matched, in the
 * language it matched, linking to that paragraph.
 */
export function SearchResult({ hit, query, excerpt, readerLocale, releaseFolders }: Props) {
  const t = useTranslations('Search');
  const href = `${releaseFolders[hit.locale]}${hit.slug}${excerpt?.anchor ? `#${excerpt.anchor}` : ''}`;
  return (
    <li className="py-6">
      <article lang={hit.locale}>
        <p className="text-sm text-stone-600" lang={readerLocale}>
          <time dateTime={hit.date}>{formatReleaseDate(readerLocale, hit.date)}</time>
          {hit.locale !== readerLocale && (
            <span className="ms-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">
              {t(`resultLanguage.${hit.locale}`)}
            </span>
          )}
        </p>
        <h2 className="mt-1 text-xl leading-snug font-semibold">
          <a href={href} className="hover:text-sky-800 hover:underline">
            <HighlightedText segments={highlight(hit.title, query)} />
          </a>
        </h2>
        {/* The paragraph's room is kept while it is on its way, so that nothing below moves when it comes. */}
        {query && (
          <p className="mt-2 line-clamp-3 h-[3lh] leading-relaxed text-stone-700">
            {excerpt && <HighlightedText segments={excerpt.excerpt} />}
          </p>
        )}
      </article>
    </li>
  );
}
