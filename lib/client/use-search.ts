'use client';

import type { Locale } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { httpSource } from '@/lib/search/http-source';
import { describeHit, findReleases, type Hit, type Result } from '@/lib/search/query';

/** Results are described (their paragraph fetched and highlighted) this many at a time. */
const PAGE = 10;
/** Wait for a pause in typing this long before searching. */
const PAUSE_MS = 150;

export type SearchState = {
  status: 'idle' | 'searching' | 'done' | 'failed';
  /** The query the hits and results below answer. */
  answered: string;
  hits: Hit[];
  results: Result[];
};

const idle: SearchState = { status: 'idle', answered: '', hits: [], results: [] };

/** The address of the search page for `query` (relative: the page stays where it is). */
const addressOf = (query: string) => (query.trim() ? `?q=${encodeURIComponent(query.trim())}` : window.location.pathname);

/**
 * The search page's state: the query, kept in the address (typing replaces the history entry,
 * a submitted query keeps its own, back and forward bring theirs back), and its results.
 */
export function useSearch(indexFolder: string, locale: Locale) {
  const source = useMemo(() => httpSource(indexFolder), [indexFolder]);
  const [query, setQueryState] = useState('');
  const [state, setState] = useState<SearchState>(idle);
  const committed = useRef(false);

  useEffect(() => {
    const fromAddress = () => setQueryState(new URLSearchParams(window.location.search).get('q') ?? '');
    fromAddress();
    // The head is needed by every query: fetch it while the reader types.
    source.head().catch(() => undefined);
    window.addEventListener('popstate', fromAddress);
    return () => window.removeEventListener('popstate', fromAddress);
  }, [source]);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setState(idle);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      setState((previous) => ({ ...previous, status: 'searching' }));
      try {
        const hits = await findReleases(trimmed, locale, source);
        const results = await Promise.all(hits.slice(0, PAGE).map((hit) => describeHit(hit, trimmed, source)));
        if (current) setState({ status: 'done', answered: trimmed, hits, results });
      } catch {
        if (current) setState({ ...idle, status: 'failed', answered: trimmed });
      }
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, locale, source]);

  function setQuery(next: string) {
    setQueryState(next);
    if (committed.current) window.history.pushState(null, '', addressOf(next));
    else window.history.replaceState(null, '', addressOf(next));
    committed.current = false;
  }

  /** The reader pressed Enter: this query keeps its history entry, the next one gets a new one. */
  function commit() {
    window.history.replaceState(null, '', addressOf(query));
    committed.current = true;
  }

  async function showMore() {
    const { answered, hits, results } = state;
    const more = await Promise.all(hits.slice(results.length, results.length + PAGE).map((hit) => describeHit(hit, answered, source)));
    setState((previous) => (previous.answered === answered ? { ...previous, results: [...previous.results, ...more] } : previous));
  }

  return { query, setQuery, commit, state, showMore };
}
