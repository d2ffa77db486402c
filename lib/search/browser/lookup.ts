import type { IndexHead } from '../format';

// Which of the index's files a query needs (the format: ../format.ts).

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
