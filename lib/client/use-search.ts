'use client';

import type { Locale } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { QUERY_CHANGE } from '@/lib/client/use-query-string';
import type { ReleaseCard } from '@/lib/search/chunks';
import { httpSource } from '@/lib/search/http-source';
import { cardsOf, excerptFor, findReleases, hitsOf, MAX_QUERY_LENGTH, prefetchIndexFor, type Excerpt, type Hit, type IndexSource, type Match } from '@/lib/search/query';

/** Results are shown this many at a time. */
const PAGE = 10;
/** Wait for a pause in typing this long before searching (the index files a query needs are fetched at once, as it is typed). */
const PAUSE_MS = 100;

export type SearchState = {
  status: 'idle' | 'searching' | 'done' | 'failed';
  /** The query the matches below answer. */
  answered: string;
  matches: Match[];
  /** The releases' cards that have arrived, by release number. */
  cards: Map<number, ReleaseCard>;
  /** How many matches are shown (each once its card is here). */
  shown: number;
  /** Each shown hit's matching paragraph, by slug, as it arrives. */
  excerpts: Record<string, Excerpt>;
};

const idle: SearchState = { status: 'idle', answered: '', matches: [], cards: new Map(), shown: 0, excerpts: {} };

/** The address of the search page for `query` (relative: the page stays where it is). */
const addressOf = (query: string) => (query.trim() ? `?q=${encodeURIComponent(query.trim())}` : window.location.pathname);

/** Fetches each hit's paragraph and adds it to the state, unless the reader has moved on to another query. */
function loadExcerpts(setState: Dispatch<SetStateAction<SearchState>>, answered: string, hits: Hit[], source: IndexSource) {
  for (const hit of hits) {
    excerptFor(hit, answered, source)
      .then((excerpt) => setState((previous) => (previous.answered === answered ? { ...previous, excerpts: { ...previous.excerpts, [hit.slug]: excerpt } } : previous)))
      // Without its paragraph the result still shows its title and links to the release.
      .catch(() => undefined);
  }
}

/** Fetches the cards of the shown matches the index did not send with them, and adds them to the state. */
function loadCards(setState: Dispatch<SetStateAction<SearchState>>, { answered, matches, cards, shown }: SearchState, source: IndexSource) {
  cardsOf(
    matches.slice(0, shown).map((match) => match.release),
    cards,
    source,
  )
    .then((more) => more.size && setState((previous) => (previous.answered === answered ? { ...previous, cards: new Map([...previous.cards, ...more]) } : previous)))
    .catch(() => setState((previous) => (previous.answered === answered ? { ...previous, status: 'failed' } : previous)));
}

/**
 * The search page's state: the query, kept in the address (typing replaces the history entry,
 * a submitted query keeps its own, back and forward bring theirs back), and its results. A
 * result shows as soon as the index answers; its paragraph follows.
 */
export function useSearch(folder: string, locale: Locale) {
  const source = useMemo(() => httpSource(folder), [folder]);
  const [query, setQueryState] = useState('');
  const [state, setState] = useState<SearchState>(idle);
  const committed = useRef(false);

  const setQuery = useCallback(
    (typed: string) => {
      // The input holds no more; an address may (a hand-made link), and is cut the same way.
      const next = typed.slice(0, MAX_QUERY_LENGTH);
      prefetchIndexFor(next, source);
      setQueryState(next);
    },
    [source],
  );

  useEffect(() => {
    // setQuery fetches the head (every query needs it) even for an empty query, while the reader types.
    const fromAddress = () => setQuery(new URLSearchParams(window.location.search).get('q') ?? '');
    fromAddress();
    window.addEventListener('popstate', fromAddress);
    return () => window.removeEventListener('popstate', fromAddress);
  }, [setQuery]);

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
        const { matches, cards } = await findReleases(trimmed, locale, source);
        if (!current) return;
        setState({ status: 'done', answered: trimmed, matches, cards, shown: Math.min(PAGE, matches.length), excerpts: {} });
      } catch {
        if (current) setState({ ...idle, status: 'failed', answered: trimmed });
      }
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, locale, source]);

  /** Puts `shown` in the address: in a new history entry after a submitted query, else in place of the current one. */
  function showInAddress(shown: string) {
    if (addressOf(shown) === addressOf(new URLSearchParams(window.location.search).get('q') ?? '')) return;
    if (committed.current) window.history.pushState(null, '', addressOf(shown));
    else window.history.replaceState(null, '', addressOf(shown));
    window.dispatchEvent(new Event(QUERY_CHANGE));
    committed.current = false;
  }

  // The address follows the query once its results are on screen: changing it makes Next
  // re-render the page, which would hold up the search if done on every keystroke.
  const settled = state.status !== 'searching' && state.answered === query.trim();
  // On the first render the address is what the query is read from, not written to.
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current && settled) showInAddress(state.answered);
    mounted.current = true;
  }, [settled, state.answered]);

  /** The reader pressed Enter: this query keeps its history entry, the next one gets a new one. */
  function commit() {
    showInAddress(query);
    committed.current = true;
  }

  // The shown matches whose cards the index did not send with them.
  useEffect(() => {
    if (state.status === 'done') loadCards(setState, state, source);
    // Asked again only when more are shown or another query answered, not as cards arrive.
  }, [state.status, state.answered, state.matches, state.shown, source]);

  const hits = useMemo(() => hitsOf(state.matches.slice(0, state.shown), state.cards), [state.matches, state.shown, state.cards]);

  // Each shown result's paragraph, asked for once the result is on screen (not before: the
  // requests would hold up the results).
  const asked = useRef(new Set<string>());
  useEffect(() => {
    const wanted = hits.filter((hit) => !asked.current.has(`${state.answered}\n${hit.slug}`));
    for (const hit of wanted) asked.current.add(`${state.answered}\n${hit.slug}`);
    loadExcerpts(setState, state.answered, wanted, source);
  }, [state.answered, hits, source]);

  function showMore() {
    setState((previous) => ({ ...previous, shown: Math.min(previous.shown + PAGE, previous.matches.length) }));
  }

  return { query, setQuery, commit, state, hits, showMore };
}
