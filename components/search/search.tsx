'use client';

import type { Locale } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import { formatCount, prepareFormats } from '@/lib/i18n/formats';
import { useSearch } from '@/lib/client/use-search';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { SearchResult } from './search-result';

export type SearchLabels = {
  label: string;
  hint: string;
  submit: string;
  searching: string;
  /** With `{query}` and `{count}` in them. */
  resultsNone: string;
  resultsOne: string;
  resultsOther: string;
  failed: string;
  more: string;
  resultLanguage: Record<Locale, string>;
};

type Props = {
  locale: Locale;
  /** Where the index's files are: `/search-index/{version}/`. */
  indexFolder: string;
  /** `/ko/releases/`, `/en/releases/`: where each language's releases live. */
  releaseFolders: Record<Locale, string>;
  labels: SearchLabels;
  /** Said under "no results": what to try instead, with a link to the archive. */
  suggestion: ReactNode;
};

function countText(labels: SearchLabels, locale: Locale, query: string, count: number): string {
  const template = count === 0 ? labels.resultsNone : count === 1 ? labels.resultsOne : labels.resultsOther;
  // One pass, with a function: neither `$&` in the query nor a `{count}` typed into it means anything.
  return template.replace(/\{(query|count)\}/g, (_, name: string) => (name === 'query' ? query : formatCount(locale, count)));
}

/** The search form and its results, which follow the query as it is typed. */
export function Search({ locale, indexFolder, releaseFolders, labels, suggestion }: Props) {
  const { query, setQuery, commit, state, hits, showMore } = useSearch(indexFolder, locale);
  const { status, answered, matches, shown, excerpts } = state;
  // Ready before the first results arrive, which would otherwise wait for them.
  useEffect(() => {
    const timer = setTimeout(() => prepareFormats(locale));
    return () => clearTimeout(timer);
  }, [locale]);
  const statusText =
    status === 'failed' ? labels.failed : status === 'searching' && matches.length === 0 ? labels.searching : answered ? countText(labels, locale, answered, matches.length) : '';
  return (
    <>
      <form
        role="search"
        method="get"
        className="mt-6"
        onSubmit={(event) => {
          event.preventDefault();
          commit();
        }}
      >
        <label htmlFor="search-query" className="block font-medium text-stone-800">
          {labels.label}
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id="search-query"
            type="search"
            name="q"
            value={query}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby="search-hint"
            className="min-w-0 flex-1 rounded-md border border-stone-400 px-3 py-2 text-base text-stone-900 focus:border-sky-700 focus:outline-2 focus:outline-sky-700"
          />
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </div>
        <p id="search-hint" className="mt-2 text-sm text-stone-600">
          {labels.hint}
        </p>
      </form>
      <p role="status" className="mt-8 font-medium text-stone-800">
        {statusText}
      </p>
      {status === 'done' && matches.length === 0 && <p className="mt-2 text-stone-700">{suggestion}</p>}
      {hits.length > 0 && (
        <ol className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
          {hits.map((hit) => (
            <SearchResult key={hit.slug} hit={hit} query={answered} excerpt={excerpts[hit.slug]} readerLocale={locale} releaseFolders={releaseFolders} languageLabels={labels.resultLanguage} />
          ))}
        </ol>
      )}
      {shown < matches.length && (
        <button type="button" onClick={showMore} className="button mt-6">
          {labels.more}
        </button>
      )}
    </>
  );
}
