'use client';

import type { Locale } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { QUERY_CHANGE } from '@/lib/client/use-query-string';
import type { ReleaseCard } from '@/lib/search/chunks';
import { httpSource } from '@/lib/search/http-source';
import { cardsOf, excerptFor, findReleases, hitsOf, MAX_QUERY_LENGTH, prefetchIndexFor, type Excerpt, type Hit, type IndexSource, type Match, type SearchRequest } from '@/lib/search/query';
import type { SearchFilters } from '@/lib/search/terms';

/** Results are shown this many at a time. */
const PAGE = 10;
/** Wait for a pause in typing this long before searching (the index files a query needs are fetched at once, as it is typed). */
const PAUSE_MS = 100;

export type SearchState = {
  /** `newest`: nothing asked yet, the newest releases are shown. */
  status: 'newest' | 'searching' | 'done' | 'failed';
  /** The request the matches below answer, as its address says it. */
  answered: string;
  /** Its words, for the highlights. */
  answeredQuery: string;
  matches: Match[];
  /** The releases' cards that have arrived, by release number. */
  cards: Map<number, ReleaseCard>;
  /** How many matches are shown (each once its card is here). */
  shown: number;
  /** Each shown hit's matching paragraph, by slug, as it arrives. */
  excerpts: Record<string, Excerpt>;
};

/** Before anything is asked: the newest releases, newest first (release 0 is the newest). */
const newest: SearchState = {
  status: 'newest',
  answered: '',
  answeredQuery: '',
  matches: Array.from({ length: PAGE }, (_, release) => ({ release, locale: 'ko' })),
  cards: new Map(),
  shown: PAGE,
  excerpts: {},
};

/** Until the address is read: nothing shown yet. */
const starting: SearchState = { ...newest, status: 'searching', matches: [], shown: 0 };

/** The search as the address says it: `?q=…&year=2021&tag=esg`, or '' when nothing is asked. */
export function addressOf({ query, filters = {} }: SearchRequest): string {
  const parameters = { q: query.trim() || undefined, year: filters.year?.toString(), tag: filters.tag };
  const address = Object.entries(parameters)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(value!)}`)
    .join('&');
  return address && `?${address}`;
}

/** The search an address asks for; the query cut to the box's length, a year or topic that is no such thing left out. */
function requestOf(search: string): SearchRequest {
  const parameters = new URLSearchParams(search);
  const year = parameters.get('year') ?? '';
  const tag = parameters.get('tag') ?? '';
  return { query: (parameters.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters: { ...(/^\d{4}$/.test(year) && { year: Number(year) }), ...(/^[a-z0-9-]+$/.test(tag) && { tag }) } };
}

/** Fetches each hit's paragraph and adds it to the state, unless the reader has moved on to another search. */
function loadExcerpts(setState: Dispatch<SetStateAction<SearchState>>, { answered, answeredQuery }: SearchState, hits: Hit[], source: IndexSource) {
  for (const hit of hits) {
    excerptFor(hit, answeredQuery, source)
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
    // A newsroom smaller than a page has no card past its last release: hitsOf stops there.
    .then((more) => more.size && setState((previous) => (previous.answered === answered ? { ...previous, cards: new Map([...previous.cards, ...more]) } : previous)))
    .catch(() => setState((previous) => (previous.answered === answered ? { ...previous, status: 'failed' } : previous)));
}

/**
 * The search page's state: the query and filters, kept in the address (typing replaces the
 * history entry, a submitted search keeps its own, back and forward bring theirs back), and the
 * results: the newest releases until something is asked. A result shows as soon as the index
 * answers; its paragraph follows.
 */
export function useSearch(folder: string, locale: Locale) {
  const source = useMemo(() => httpSource(folder), [folder]);
  const [request, setRequest] = useState<SearchRequest>({ query: '' });
  const [state, setState] = useState<SearchState>(starting);
  const committed = useRef(false);

  // What is asked now, as its address, set as it is asked: an effect of an earlier render (a
  // search that just answered) can tell it has been overtaken, by back or forward say.
  const current = useRef('');
  const ask = useCallback(
    (next: SearchRequest) => {
      current.current = addressOf(next);
      prefetchIndexFor(next, source);
      setRequest(next);
    },
    [source],
  );
  // The input holds no more than MAX_QUERY_LENGTH; an address may (a hand-made link), and is cut the same way.
  const setQuery = (typed: string) => ask({ ...request, query: typed.slice(0, MAX_QUERY_LENGTH) });
  const setFilters = (filters: SearchFilters) => ask({ ...request, filters });

  useEffect(() => {
    // Fetches the head (every search needs it) even for an empty query, while the reader types.
    const fromAddress = () => ask(requestOf(window.location.search));
    fromAddress();
    window.addEventListener('popstate', fromAddress);
    return () => window.removeEventListener('popstate', fromAddress);
  }, [ask]);

  const asked = addressOf(request);
  // On the first run the request is not read from the address yet: a shared search shows no
  // newest releases in the meantime (they would flash, and shift the page).
  const started = useRef(false);
  useEffect(() => {
    const first = !started.current;
    started.current = true;
    if (!asked) {
      if (!(first && addressOf(requestOf(window.location.search)))) setState(newest);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      setState((previous) => ({ ...previous, status: 'searching' }));
      const query = request.query.trim();
      try {
        const { matches, cards } = await findReleases({ query, filters: request.filters }, locale, source);
        if (!current) return;
        setState({ status: 'done', answered: asked, answeredQuery: query, matches, cards, shown: Math.min(PAGE, matches.length), excerpts: {} });
      } catch {
        if (current) setState({ ...newest, status: 'failed', answered: asked, matches: [], shown: 0 });
      }
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `asked` stands for the request.
  }, [asked, locale, source]);

  /** Puts `shown` in the address: in a new history entry after a submitted search, else in place of the current one. */
  function showInAddress(shown: string) {
    if (shown === window.location.search) return;
    const address = shown || window.location.pathname;
    if (committed.current) window.history.pushState(null, '', address);
    else window.history.replaceState(null, '', address);
    window.dispatchEvent(new Event(QUERY_CHANGE));
    committed.current = false;
  }

  // The address follows the search once its results are on screen: changing it makes Next
  // re-render the page, which would hold up the search if done on every keystroke.
  const settled = state.status !== 'searching' && state.answered === asked;
  // On the first render the address is what the search is read from, not written to.
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current && settled && state.answered === current.current) showInAddress(state.answered);
    mounted.current = true;
  }, [settled, state.answered]);

  /** The reader pressed Enter: this search keeps its history entry, the next one gets a new one. */
  function commit() {
    showInAddress(asked);
    committed.current = true;
  }

  // The shown matches whose cards the index did not send with them (all of them, for the newest).
  useEffect(() => {
    if (state.status === 'done' || state.status === 'newest') loadCards(setState, state, source);
    // Asked again only when more are shown or another search answered, not as cards arrive.
  }, [state.status, state.answered, state.shown, source]);

  const hits = useMemo(() => hitsOf(state.matches.slice(0, state.shown), state.cards), [state.matches, state.shown, state.cards]);

  // Each shown result's paragraph, asked for once the result is on screen (not before: the
  // requests would hold up the results). A search of filters alone has no words to find there.
  const excerptsAsked = useRef(new Set<string>());
  useEffect(() => {
    if (!state.answeredQuery) return;
    const wanted = hits.filter((hit) => !excerptsAsked.current.has(`${state.answered}\n${hit.slug}`));
    for (const hit of wanted) excerptsAsked.current.add(`${state.answered}\n${hit.slug}`);
    loadExcerpts(setState, state, wanted, source);
    // The state is read for its request only.
  }, [state.answered, hits, source]);

  function showMore() {
    setState((previous) => ({ ...previous, shown: Math.min(previous.shown + PAGE, previous.matches.length) }));
  }

  return { request, setQuery, setFilters, commit, state, hits, showMore };
}
