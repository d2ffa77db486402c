import type { Locale } from 'next-intl';
import type { Result } from '@/lib/search/query';
import { HighlightedText } from './highlighted-text';

type Props = { result: Result; readerLocale: Locale; releaseFolders: Record<Locale, string>; languageLabels: Record<Locale, string> };

/** One release found: title, date, and the paragraph that matched, in the language it matched, linking to that paragraph. */
export function SearchResult({ result, readerLocale, releaseFolders, languageLabels }: Props) {
  const href = `${releaseFolders[result.locale]}${result.slug}${result.anchor ? `#${result.anchor}` : ''}`;
  return (
    <li className="py-6">
      <article lang={result.locale}>
        <p className="text-sm text-stone-600" lang={readerLocale}>
          <time dateTime={result.date}>{result.dateText[readerLocale]}</time>
          {result.locale !== readerLocale && <span className="ms-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">{languageLabels[result.locale]}</span>}
        </p>
        <h2 className="mt-1 text-xl leading-snug font-semibold">
          <a href={href} className="hover:text-sky-800 hover:underline">
            <HighlightedText segments={result.title} />
          </a>
        </h2>
        <p className="mt-2 leading-relaxed text-stone-700">
          <HighlightedText segments={result.excerpt} />
        </p>
      </article>
    </li>
  );
}
