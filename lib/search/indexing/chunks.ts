import type { IndexHead, ReleaseCard, TermChunk, TermEntry } from '../format';

// How the build cuts the index into files (the format: ../format.ts).

/** Small enough that a query of three words fetches about as much as a page's HTML on slow 4G. */
export const CHUNK_BYTES = 32 * 1024;
export const RELEASES_PER_FILE = 100;

/** The cards a term carries: those of its best documents, as many as a page of results shows. */
export const CARDS_PER_TERM = 10;

const utf8 = new TextEncoder();

/** Cuts sorted `entries` into chunks of about `CHUNK_BYTES` of JSON, each with the cards of its terms' best documents. */
export function chunkTerms(entries: Iterable<{ entry: TermEntry; cards: Record<number, ReleaseCard> }>): TermChunk[] {
  const chunks: TermChunk[] = [];
  let current: TermChunk | undefined;
  let bytes = 0;
  for (const { entry, cards } of entries) {
    const fresh = Object.entries(cards).filter(([release]) => !current?.releases[Number(release)]);
    const size = utf8.encode(JSON.stringify(entry)).length + utf8.encode(JSON.stringify(fresh)).length;
    if (!current || bytes + size > CHUNK_BYTES) {
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
