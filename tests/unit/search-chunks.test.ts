import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, chunkTerms } from '@/lib/search/indexing/chunks';
import type { ReleaseCard, TermEntry } from '@/lib/search/format';

// A chunk holds terms while their JSON fits in CHUNK_BYTES: each term's entry, and the cards it
// brings that the chunk does not hold yet.

/** A term whose entry is `bytes` of JSON (`["t…",[1],[1]]`), carrying `cards`. */
const sized = (term: string, bytes: number, cards: Record<number, ReleaseCard> = {}) => {
  const entry: TermEntry = [term.padEnd(bytes - 12, '.'), [1], [1]];
  expect(JSON.stringify(entry)).toHaveLength(bytes);
  return { entry, cards };
};

const card = (release: number): ReleaseCard => ({ slug: `r${release}`, date: '2024-01-01', title: { ko: '제목' } });
/** What a card costs the chunk that first holds it, in UTF-8: `[["N",{…}]]`. */
const cardBytes = (release: number) => new TextEncoder().encode(JSON.stringify(Object.entries({ [release]: card(release) }))).length;
const termsPerChunk = (entries: ReturnType<typeof sized>[]) => chunkTerms(entries).map((chunk) => chunk.terms.length);

describe('the index cut into chunks', () => {
  it('fills a chunk to CHUNK_BYTES exactly and starts the next with the term that does not fit', () => {
    // Each term costs its entry and an empty list of new cards (2 bytes): 1,024 bytes, 32 to a chunk.
    const terms = Array.from({ length: 70 }, (_, index) => sized(`t${String(index).padStart(3, '0')}`, 1022));
    expect(CHUNK_BYTES / 1024).toBe(32);
    expect(termsPerChunk(terms)).toEqual([32, 32, 6]);
    expect(chunkTerms(terms)[1]!.terms[0]![0]).toMatch(/^t032/);
  });

  it('counts the cards a term brings, each once in a chunk', () => {
    // Each term with a card of its own: 1,024 bytes together, 32 to a chunk.
    const ownCards = Array.from({ length: 40 }, (_, index) => sized(`t${index}`, 1024 - cardBytes(index), { [index]: card(index) }));
    expect(termsPerChunk(ownCards)).toEqual([32, 8]);
    // Each term with the same card: the first pays for it, the others for their entry and no new card (1,024 bytes).
    const sharedCard = Array.from({ length: 40 }, (_, index) => sized(`t${index}`, 1022, { 7: card(7) }));
    const first = 1 + Math.floor((CHUNK_BYTES - 1022 - cardBytes(7)) / 1024);
    expect(first).toBe(31);
    expect(termsPerChunk(sharedCard)).toEqual([first, 40 - first]);
    expect(chunkTerms(sharedCard).map((chunk) => Object.keys(chunk.releases))).toEqual([['7'], ['7']]);
  });

  it('gives a term bigger than a chunk a chunk of its own', () => {
    expect(termsPerChunk([sized('a', 100), sized('b', CHUNK_BYTES + 1), sized('c', 100), sized('d', 100)])).toEqual([1, 1, 2]);
  });

  it('makes no chunk of no terms', () => {
    expect(chunkTerms([])).toEqual([]);
  });
});
