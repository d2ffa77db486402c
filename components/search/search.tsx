'use client';

import type { Locale } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import { formatCount, prepareFormats } from '@/lib/i18n/formats';
import { useSearch } from '@/lib/search/browser';
import type { Topic } from '@/lib/content/newsroom';
import { MAX_QUERY_LENGTH, type Hit } from '@/lib/search/format';
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
  newest: string;
  year: string;
  anyYear: string;
  topic: string;
  anyTopic: string;
  topics: string;
  resultLanguage: Record<Locale, string>;
};

type Props = {
  locale: Locale;
  /** Where the index's files are: `/search-index/{version}/`. */
  indexFolder: string;
  /** `/ko/releases/`, `/en/releases/`: where each language's releases live. */
  releaseFolders: Record<Locale, string>;
  /** The years with releases, newest first, and the topics (tag, label): what a search can keep to. */
  years: number[];
  topics: Topic[];
  /** The newest releases, each in the reader's language where it has one: listed before anything is asked. */
  newest: Hit[];
  labels: SearchLabels;
  /** Said under "no results": what to try instead, with a link to the archive. */
  suggestion: ReactNode;
};

function countText(labels: SearchLabels, locale: Locale, query: string, count: number): string {
  const template = count === 0 ? labels.resultsNone : count === 1 ? labels.resultsOne : labels.resultsOther;
  // One pass, with a function: neither `$&` in the query nor a `{count}` typed into it means anything.
  return template.replace(/\{(query|count)\}/g, (_, name: string) => (name === 'query' ? query : formatCount(locale, count)));
}

const select = 'rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900';

/**
 * Before the first paint of a search address that asks something (`?q=…`, `&year=`, `&tag=`),
 * hides the newest releases, which the static page holds: the results take their place. A
 * constant: nothing in it comes from content or the address.
 */
const hideNewestWhenAsked = `if(/[?&](q|year|tag)=[^&]/.test(location.search))document.getElementById('search-newest').hidden=true`;

/**
 * The search form and its results, which follow the query and filters as they change. Before
 * anything is asked, the newest releases and the topics, in the page as built (no request, and
 * there without JavaScript).
 */
export function Search({ locale, indexFolder, releaseFolders, years, topics, newest, labels, suggestion }: Props) {
  const { request, setQuery, setFilters, commit, state, hits, busy, showMore } = useSearch(indexFolder, locale);
  const { status, answered, answeredQuery, matches, shown, excerpts } = state;
  const filters = request.filters ?? {};
  const topicLabel = topics.find((topic) => topic.tag === filters.tag)?.label;
  // Ready before the first results arrive, which would otherwise wait for them.
  useEffect(() => {
    const timer = setTimeout(() => prepareFormats(locale));
    return () => clearTimeout(timer);
  }, [locale]);
  // What the results answer, said back: the words, else the year and topic kept to.
  const asked = answeredQuery || [filters.year, topicLabel].filter(Boolean).join(' · ');
  const statusText =
    status === 'failed'
      ? labels.failed
      : status === 'searching' && matches.length === 0
        ? labels.searching
        : answered
          ? countText(labels, locale, asked, matches.length)
          : '';
  const listed = { readerLocale: locale, releaseFolders, languageLabels: labels.resultLanguage };
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
            value={request.query}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby="search-hint"
            className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus:border-sky-700 focus:outline-2 focus:outline-sky-700"
          />
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </div>
        <p id="search-hint" className="mt-2 text-sm text-stone-600">
          {labels.hint}
        </p>
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <div className="flex items-center gap-2 text-stone-700">
            <label htmlFor="search-year">{labels.year}</label>
            <select
              id="search-year"
              name="year"
              value={filters.year ?? ''}
              onChange={(event) => setFilters({ ...filters, year: event.target.value ? Number(event.target.value) : undefined })}
              className={select}
            >
              <option value="">{labels.anyYear}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-2 text-stone-700">
            <label htmlFor="search-topic">{labels.topic}</label>
            <select
              id="search-topic"
              name="tag"
              value={filters.tag ?? ''}
              onChange={(event) => setFilters({ ...filters, tag: event.target.value || undefined })}
              className={select}
            >
              <option value="">{labels.anyTopic}</option>
              {topics.map((topic) => (
                <option key={topic.tag} value={topic.tag}>
                  {topic.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>
      {/* Room for the results before they come, so the footer does not jump when they do. */}
      <div className="mt-6 flow-root min-h-[75vh]">
        {/* Until a search answers: hidden by the script below when the address asks something, shown
            again when the reader clears the search, and kept while the first search runs. */}
        {(status === 'starting' || status === 'newest' || (status === 'searching' && !answered)) && (
          <div id="search-newest" hidden={status === 'newest' ? false : undefined} suppressHydrationWarning>
            {topics.length > 0 && (
              <nav aria-label={labels.topics} className="mb-6 flex flex-wrap items-center gap-2 text-sm">
                <span className="text-stone-600">{labels.topics}:</span>
                {topics.map((topic) => (
                  <button
                    key={topic.tag}
                    type="button"
                    onClick={() => setFilters({ ...filters, tag: topic.tag })}
                    className="rounded-full border border-stone-300 px-3 py-0.5 text-stone-800 hover:border-sky-800 hover:text-sky-800"
                  >
                    {topic.label}
                  </button>
                ))}
              </nav>
            )}
            {newest.length > 0 && (
              <>
                <p id="search-newest-label" className="mt-2 font-medium text-stone-800">
                  {labels.newest}
                </p>
                <ol aria-labelledby="search-newest-label" className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
                  {newest.map((hit) => (
                    <SearchResult key={hit.slug} hit={hit} query="" {...listed} />
                  ))}
                </ol>
              </>
            )}
          </div>
        )}
        {status === 'starting' && <script dangerouslySetInnerHTML={{ __html: hideNewestWhenAsked }} />}
        <p role="status" className="mt-2 font-medium text-stone-800">
          {statusText}
        </p>
        {status === 'done' && matches.length === 0 && <p className="mt-2 text-stone-700">{suggestion}</p>}
        {/* Busy until the results and their paragraphs are on screen; the status says the count meanwhile. */}
        <div aria-busy={busy}>
          {hits.length > 0 && (
            <ol className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
              {hits.map((hit) => (
                <SearchResult key={hit.slug} hit={hit} query={answeredQuery} excerpt={excerpts[hit.slug]} {...listed} />
              ))}
            </ol>
          )}
        </div>
        {shown < matches.length && (
          <button type="button" onClick={showMore} className="button mt-6">
            {labels.more}
          </button>
        )}
      </div>
    </>
  );
}
