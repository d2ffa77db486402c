import type { Locale } from 'next-intl';

/**
 * The index as the browser fetches it. Terms are sorted and cut into chunks of about
 * `CHUNK_BYTES`; the head lists each chunk's first term, so a query fetches the chunk of each of
 * its terms (and, for the word still being typed, the chunks its completions sort into), and
 * nothing else. A chunk also carries what the best documents of its terms need to be shown, so
 * that most queries show their first results after one round trip; the rest of the releases are
 * in files of `RELEASES_PER_FILE`, newest first.
 */

/** What a result shows of a release before its text: the title per language it has. */
export type ReleaseCard = { slug: string; date: string; title: Partial<Record<Locale, string>> };

/** A term, the documents holding it (as gaps from the previous one), and its weight in each. */
export type TermEntry = [term: string, gaps: number[], weights: number[]];

export type TermChunk = { terms: TermEntry[]; releases: Record<number, ReleaseCard> };

export type IndexHead = { chunks: string[]; releaseCount: number; releasesPerFile: number };

/** Small enough that a query of three words fetches about as much as a page's HTML on slow 4G. */
export const CHUNK_BYTES = 32 * 1024;
export const RELEASES_PER_FILE = 100;

/** The cards a term carries: those of its best documents, as many as a page of results shows. */
export const CARDS_PER_TERM = 10;

/** A document is a release in one language: its number says which, so results group by release without a table. */
export const documentNumber = (release: number, locale: Locale, locales: readonly Locale[]) =>
  release * locales.length + locales.indexOf(locale);
export const documentOf = (document: number, locales: readonly Locale[]) => ({
  release: Math.floor(document / locales.length),
  locale: locales[document % locales.length]!,
});

/** The chunk whose range holds `term`: the last one starting at or before it. */
export function chunkOf(term: string, head: IndexHead): number {
  let low = 0;
  let high = head.chunks.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (head.chunks[middle]! <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A word still being typed can complete to this many chunks' terms at most: its nearest completions. */
const MAX_COMPLETION_CHUNKS = 8;

/** The chunks holding `prefix` and the terms it completes to. */
export function chunksFrom(prefix: string, head: IndexHead): number[] {
  const chunks = [chunkOf(prefix, head)];
  while (chunks.length < MAX_COMPLETION_CHUNKS && head.chunks[chunks.at(-1)! + 1]?.startsWith(prefix)) chunks.push(chunks.at(-1)! + 1);
  return chunks;
}

/** The release file holding release `release`. */
export const releaseFileOf = (release: number, head: IndexHead) => Math.floor(release / head.releasesPerFile);

const utf8 = new TextEncoder();

/** Cuts sorted `entries` into chunks of about `CHUNK_BYTES` of JSON, each with the cards of its terms' best documents. */
export function chunkTerms(entries: Iterable<{ entry: TermEntry; cards: Record<number, ReleaseCard> }>): TermChunk[] {
  const chunks: TermChunk[] = [];
  let current: TermChunk | undefined;
  let bytes = 0;
  for (const { entry, cards } of entries) {
    const fresh = Object.entries(cards).filter(([release]) => !current?.releases[Number(release)]);
    const size = utf8.encode(JSON.stringify(entry)).length + utf8.encode(JSON.stringify(fresh)).length;
    if (!current || (bytes + size > CHUNK_BYTES && current.terms.length > 0)) {
      chunks.push((current = { terms: [], releases: {} }));
      bytes = 0;
    }
    current.terms.push(entry);
    Object.assign(current.releases, cards);
    bytes += size;
  }
  return chunks;
}

/** The head: each chunk's first term, in order. */
export const headOf = (chunks: TermChunk[], releaseCount: number): IndexHead => ({
  chunks: chunks.map((chunk) => chunk.terms[0]![0]),
  releaseCount,
  releasesPerFile: RELEASES_PER_FILE,
});
