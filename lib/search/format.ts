import type { Locale } from 'next-intl';

/**
 * The search index's published format, shared by the build that writes it (./indexing) and the
 * browser that reads it (./browser): its files under `/search-index/{version}/`, their shapes and
 * the document numbers in them.
 *
 * Terms are sorted and cut into chunks; the head lists each chunk's first term, so a query
 * fetches the chunk of each of its terms (and, for the word still being typed, the chunks its
 * completions sort into), and nothing else. A chunk also carries what the best documents of its
 * terms need to be shown, so that most queries show their first results after one round trip;
 * the rest of the releases are in files of `IndexHead.releasesPerFile`, newest first.
 */

export const headFile = 'head.json';
export const chunkFile = (chunk: number) => `terms-${chunk}.json`;
export const releasesFile = (file: number) => `releases-${file}.json`;
export const releaseFile = (slug: string) => `release-${slug}.json`;
/** The slug a release text's file name names, if it is one. */
export const slugOfReleaseFile = (name: string) => /^release-([a-z0-9-]+)\.json$/.exec(name)?.[1];

/** What a result shows of a release before its text: the title per language it has. */
export type ReleaseCard = { slug: string; date: string; title: Partial<Record<Locale, string>> };

/** A term, the documents holding it (as gaps from the previous one), and its weight in each. */
export type TermEntry = [term: string, gaps: number[], weights: number[]];

export type TermChunk = { terms: TermEntry[]; releases: Record<number, ReleaseCard> };

export type IndexHead = { chunks: string[]; releaseCount: number; releasesPerFile: number };

/** What a result needs of a release beyond the index: its blocks' text per language (block N is `#p-N+1`). */
export type ReleaseText = Partial<Record<Locale, string[]>>;

/** A document is a release in one language: its number says which, so results group by release without a table. */
export const documentNumber = (release: number, locale: Locale, locales: readonly Locale[]) =>
  release * locales.length + locales.indexOf(locale);
export const documentOf = (document: number, locales: readonly Locale[]) => ({
  release: Math.floor(document / locales.length),
  locale: locales[document % locales.length]!,
});

/**
 * The longest query searched, in characters: a sentence pasted whole fits, and its address stays
 * far below what servers accept (a query of 2,800 syllables made one the server refused).
 */
export const MAX_QUERY_LENGTH = 256;

/** Results are shown this many at a time; the search page lists as many of the newest releases before a query. */
export const RESULTS_PAGE = 10;

/** A match ready to show. */
export type Hit = { slug: string; locale: Locale; date: string; title: string };
