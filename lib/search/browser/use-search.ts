'use client';

import type { Locale } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { QUERY_CHANGE } from '@/lib/client/use-query-string';
import { MAX_QUERY_LENGTH, RESULTS_PAGE, type ReleaseCard } from '../format';
import type { SearchFilters } from '../terms';
import { httpSource } from './http-source';
import {
  cardsOf,
  excerptFor,
  findReleases,
  hitsOf,
  prefetchIndexFor,
  type Excerpt,
  type IndexSource,
  type Match,
  type SearchRequest,
} from './query';

/** Wait for a pause in typing this long before searching (the index files a query needs are fetched at once, as it is typed). */
const PAUSE_MS = 100;

export type SearchState = {
  /** `starting`: the address is not read yet; `newest`: nothing asked (the page shows the newest releases). */
  status: 'starting' | 'newest' | 'searching' | 'done' | 'failed';
  /** The request the matches below answer, as its address says it. */
  answered: string;
  /** Its words, for the highlights. */
  answeredQuery: string;
  matches: Match[];
  /** The releases' cards that have arrived, by release number. */
  cards: Map<number, ReleaseCard>;
  /** How many matches are shown: a page is shown once its cards are here. */
  shown: number;
  /**
   * The shown hits' matching paragraphs, by slug, as they arrive (a search of filters alone has no
   * words to find there): `null` for one that could not be fetched, whose result still shows its
   * title and links to the release.
   */
  excerpts: Record<string, Excerpt | null>;
};

/** Until the address is read: no results. */
const starting: SearchState = {
  status: 'starting',
  answered: '',
  answeredQuery: '',
  matches: [],
  cards: new Map(),
  shown: 0,
  excerpts: {},
};

/** Nothing asked: no results (the page lists the newest releases). */
const newest: SearchState = { ...starting, status: 'newest' };

/** The search as the address says it: `?q=…&year=2021&tag=esg`, or '' when nothing is asked. */
function addressOf({ query, filters = {} }: SearchRequest): string {
  const parameters = { q: query.trim() || undefined, year: filters.year?.toString(), tag: filters.tag };
  const address = Object.entries(parameters)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(value!)}`)
    .join('&');
  return address && `?${address}`;
}

/** What a search can keep to: the years with releases and the topics' tags. */
export type SearchChoices = { years: number[]; tags: string[] };

/**
 * The search an address asks for; the query cut to the box's length, a year or topic that is no
 * such thing left out (a search for nothing under a filter the menus cannot show would be "“”").
 */
function requestOf(parameters: URLSearchParams, { years, tags }: SearchChoices): SearchRequest {
  // A year as the links write it: 02024 or 2024.0 names none.
  const year = parameters.get('year') ?? '';
  const tag = parameters.get('tag') ?? '';
  return {
    query: (parameters.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters: { ...(years.map(String).includes(year) && { year: Number(year) }), ...(tags.includes(tag) && { tag }) },
  };
}

/** What the address asks now. */
const addressed = (choices: SearchChoices) => requestOf(new URLSearchParams(window.location.search), choices);

/** What a form whose fields are the address's parameters asks: what submitting it would put in the address. */
const formed = (form: HTMLFormElement, choices: SearchChoices) =>
  requestOf(new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])), choices);

/** The cards a page of `matches` needs that `known` lacks (the index sends the best releases' along with their terms). */
async function withCardsOf(matches: Match[], known: Map<number, ReleaseCard>, source: IndexSource): Promise<Map<number, ReleaseCard>> {
  const missing = await cardsOf(
    matches.map((match) => match.release),
    known,
    source,
  );
  return missing.size ? new Map([...known, ...missing]) : known;
}

/**
 * What `request` finds, its first page ready to show (titles and dates): it replaces the previous
 * results at once. The paragraphs follow, each into the room its result keeps for it.
 */
async function answer(request: SearchRequest, asked: string, locale: Locale, source: IndexSource): Promise<SearchState> {
  const query = request.query.trim();
  const { matches, cards } = await findReleases({ query, filters: request.filters }, locale, source);
  const shown = Math.min(RESULTS_PAGE, matches.length);
  return {
    status: 'done',
    answered: asked,
    answeredQuery: query,
    matches,
    shown,
    cards: await withCardsOf(matches.slice(0, shown), cards, source),
    excerpts: {},
  };
}

/**
 * The search page's state: the query and filters, kept in the address (typing replaces the
 * history entry, a submitted search keeps its own, back and forward bring theirs back), and the
 * results, shown a page at a time as soon as their titles are here, their paragraphs filled in.
 * `form` is the search form, whose fields (`q`, `year`, `tag`) are the address's parameters.
 */
export function useSearch(folder: string, locale: Locale, choices: SearchChoices, form: RefObject<HTMLFormElement | null>) {
  const source = useMemo(() => httpSource(folder), [folder]);
  const [request, setRequest] = useState<SearchRequest>({ query: '' });
  const [state, setState] = useState<SearchState>(starting);
  const committed = useRef(false);
  // Counts the reader's tries of a search that failed: pressing Enter again asks it again.
  const [tries, setTries] = useState(0);

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
    // What the address asks, or `shown`, the form as the reader sees it, where that asks anything.
    // The head (every search needs it) is fetched even for an empty query, while the reader types.
    const fromAddress = (shown?: SearchRequest | null) => ask(shown && addressOf(shown) ? shown : addressed(choices));
    // The page comes with the form empty, whatever the address asks. On a slow phone the reader may
    // type or choose in it before this first runs: then the form is what they ask (a year the
    // address named but the form never showed is not). Later, the form shows the state.
    fromAddress(form.current && formed(form.current, choices));
    // Back or forward: the reader is on the entry already, and what it settles must not add one
    // (a push here would drop the entries ahead, and forward would go nowhere).
    const traversed = () => {
      committed.current = false;
      fromAddress();
    };
    window.addEventListener('popstate', traversed);
    return () => window.removeEventListener('popstate', traversed);
  }, [ask, choices, form]);

  const asked = addressOf(request);
  // On the first run the request is not read from the address yet: a shared search shows no
  // newest releases in the meantime (they would flash, and shift the page).
  const started = useRef(false);
  useEffect(() => {
    const first = !started.current;
    started.current = true;
    if (!asked) {
      if (!(first && addressOf(addressed(choices)))) setState(newest);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      setState((previous) => ({ ...previous, status: 'searching' }));
      try {
        const answered = await answer(request, asked, locale, source);
        if (current) setState(answered);
      } catch {
        if (current) setState({ ...starting, status: 'failed', answered: asked });
      }
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `asked` stands for the request, a new object each render.
  }, [asked, locale, source, tries]);

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
  const settled = state.status !== 'starting' && state.status !== 'searching' && state.answered === asked;
  // On the first render the address is what the search is read from, not written to.
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current && settled && state.answered === current.current) showInAddress(state.answered);
    mounted.current = true;
  }, [settled, state.answered]);

  /** The reader pressed Enter: this search keeps its history entry, the next one gets a new one; one that failed is tried again. */
  function commit() {
    showInAddress(asked);
    committed.current = true;
    if (state.status === 'failed') setTries((count) => count + 1);
  }

  const [loadingMore, setLoadingMore] = useState(false);
  /** The next page of results, shown once its cards are here. */
  function showMore() {
    if (loadingMore) return;
    const { answered, matches, shown, cards } = state;
    const next = Math.min(shown + RESULTS_PAGE, matches.length);
    setLoadingMore(true);
    withCardsOf(matches.slice(shown, next), cards, source)
      .then((more) =>
        setState((previous) => (previous.answered === answered ? { ...previous, status: 'done', shown: next, cards: more } : previous)),
      )
      .catch(() => setState((previous) => (previous.answered === answered ? { ...previous, status: 'failed' } : previous)))
      .finally(() => setLoadingMore(false));
  }

  const hits = useMemo(() => hitsOf(state.matches.slice(0, state.shown), state.cards), [state.matches, state.shown, state.cards]);

  // Each shown hit's paragraph, set as it arrives (a release's text is fetched once per page), and
  // only into the answer it was found for: a newer one may be set before this effect is cleaned up.
  const { answered, answeredQuery, excerpts } = state;
  useEffect(() => {
    if (!answeredQuery) return;
    let current = true;
    for (const hit of hits) {
      if (hit.slug in excerpts) continue;
      excerptFor(hit, answeredQuery, source)
        .catch(() => null)
        .then((excerpt) => {
          if (!current) return;
          setState((previous) =>
            previous.answered === answered ? { ...previous, excerpts: { ...previous.excerpts, [hit.slug]: excerpt } } : previous,
          );
        });
    }
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs for new hits only: an arriving paragraph is not a reason to ask again.
  }, [hits, answered, answeredQuery, source]);

  // Until the results are on screen with their paragraphs (or have failed): what a screen reader
  // may wait for, and what keeps the web font from competing with them for a slow connection.
  const busy =
    state.status === 'starting' ||
    state.status === 'searching' ||
    loadingMore ||
    (answeredQuery !== '' && hits.some((hit) => !(hit.slug in excerpts)));

  return { request, setQuery, setFilters, commit, state, hits, busy, showMore };
}
