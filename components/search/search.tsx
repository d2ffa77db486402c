'use client';

import { useTranslations, type Locale } from 'next-intl';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { prepareFormats } from '@/lib/i18n/formats';
import { useSearch } from '@/lib/search/browser';
import type { Topic } from '@/lib/content/newsroom';
import { SearchForm } from './search-form';
import type { ResultPlace } from './search-result';
import { SearchNewest } from './search-newest';
import { SearchResults } from './search-results';

type Props = {
  locale: Locale;
  /** Where the index's files are: `/search-index/{version}/`. */
  indexFolder: string;
  /** `/ko/releases/`, `/en/releases/`: where each language's releases live. */
  releaseFolders: Record<Locale, string>;
  /** The years with releases, newest first, and the topics (tag, label): what a search can keep to. */
  years: number[];
  topics: Topic[];
  /** The newest releases, each in the reader's language where it has one, listed before anything is asked (rendered on the server). */
  newest?: ReactNode;
  /** Said under "no results": what to try instead, with a link to the archive. */
  suggestion: ReactNode;
};

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
export function Search({ locale, indexFolder, releaseFolders, years, topics, newest, suggestion }: Props) {
  const t = useTranslations('Search');
  const choices = useMemo(() => ({ years, tags: topics.map((topic) => topic.tag) }), [years, topics]);
  const form = useRef<HTMLFormElement>(null);
  const { request, setQuery, setFilters, commit, state, hits, busy, showMore } = useSearch(indexFolder, locale, choices, form);
  const { status, answered, answeredQuery, matches, shown, excerpts } = state;
  const filters = request.filters ?? {};
  const topicLabel = topics.find((topic) => topic.tag === filters.tag)?.label;
  // The results' date format, made while a search waits for the index, so the results do not wait
  // for it when they come; not before one is asked: its first making is a long task on a phone.
  const searching = status === 'searching';
  useEffect(() => {
    if (!searching) return;
    const timer = setTimeout(() => prepareFormats(locale));
    return () => clearTimeout(timer);
  }, [searching, locale]);
  // What the results answer, said back: the words, else the year and topic kept to.
  const asked = answeredQuery || [filters.year, topicLabel].filter(Boolean).join(' · ');
  const statusText =
    status === 'failed'
      ? t('failed')
      : status === 'searching' && matches.length === 0
        ? t('searching')
        : answered
          ? t('results', { query: asked, count: matches.length })
          : '';
  const listed: ResultPlace = { readerLocale: locale, releaseFolders };
  // A topic picked before any search: its button goes as the results come, the keyboard to them.
  const statusLine = useRef<HTMLParagraphElement>(null);
  const pickTopic = (picked: typeof filters) => {
    setFilters(picked);
    statusLine.current?.focus();
  };
  return (
    <>
      <SearchForm
        ref={form}
        query={request.query}
        filters={filters}
        years={years}
        topics={topics}
        setQuery={setQuery}
        setFilters={setFilters}
        commit={commit}
      />
      {/* Room for the results before they come, so the footer does not jump when they do. */}
      <div className="mt-6 flow-root min-h-[75vh]">
        {/* Until a search answers: hidden by the script below when the address asks something, shown
            again when the reader clears the search, and kept while the first search runs. */}
        {(status === 'starting' || status === 'newest' || (status === 'searching' && !answered)) && (
          <SearchNewest topics={topics} newest={newest} filters={filters} setFilters={pickTopic} shown={status === 'newest'} />
        )}
        {status === 'starting' && <script dangerouslySetInnerHTML={{ __html: hideNewestWhenAsked }} />}
        <SearchResults
          statusText={statusText}
          suggestion={status === 'done' && matches.length === 0 ? suggestion : undefined}
          hits={hits}
          answeredQuery={answeredQuery}
          excerpts={excerpts}
          busy={busy}
          showMore={shown < matches.length ? showMore : undefined}
          listed={listed}
          statusRef={statusLine}
        />
      </div>
    </>
  );
}
