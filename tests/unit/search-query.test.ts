import { describe, expect, it } from 'vitest';
import { cardsOf, excerptFor, findReleases, type IndexSource } from '@/lib/search/browser/query';
import {
  chunkFile,
  documentNumber,
  releasesFile,
  type IndexHead,
  type ReleaseCard,
  type TermChunk,
  type TermEntry,
} from '@/lib/search/format';
import { routing } from '@/lib/i18n/routing';

// The query against a small index written by hand, so that each case says which chunks and files
// a query needs and how it ranks what it finds.

/** A term's entry: its documents (Korean text of release N unless said) with their weights. */
function entry(term: string, weights: [release: number, weight: number, locale?: 'ko' | 'en'][]): TermEntry {
  const documents = weights.map(([release, weight, locale = 'ko']) => [documentNumber(release, locale, routing.locales), weight] as const);
  documents.sort((a, b) => a[0] - b[0]);
  return [term, documents.map(([document], index) => document - (documents[index - 1]?.[0] ?? 0)), documents.map(([, weight]) => weight)];
}

const card = (release: number): ReleaseCard => ({ slug: `r${release}`, date: '2024-01-01', title: { ko: `제목 ${release}` } });

const chunks: TermChunk[] = [
  {
    terms: [
      entry('70', [[2, 1]]),
      entry('band', [
        [0, 1],
        [1, 3],
        [2, 2],
      ]),
    ],
    releases: {},
  },
  { terms: [entry('bandit', [[3, 1]])], releases: {} },
  {
    terms: [
      entry('fig', [
        [0, 5],
        [1, 2],
        [3, 1],
      ]),
      entry('plum', [
        [0, 1],
        [1, 1],
        [2, 1],
        [3, 1],
      ]),
    ],
    releases: { 0: card(0) },
  },
];
const head: IndexHead = { chunks: ['70', 'bandit', 'fig'], releaseCount: 4, releasesPerFile: 2 };

/** The index in memory, noting each file a query asks for; a file it does not have fails, as a 404 would. */
function memory() {
  const asked: string[] = [];
  const source: IndexSource = {
    head: async () => (asked.push('head.json'), head),
    chunk: async (chunk) => (asked.push(chunkFile(chunk)), chunks[chunk] ?? Promise.reject(new Error(`no chunk ${chunk}`))),
    releases: async (file) => {
      asked.push(releasesFile(file));
      if (file * head.releasesPerFile >= head.releaseCount) throw new Error(`no release file ${file}`);
      return [card(file * head.releasesPerFile), card(file * head.releasesPerFile + 1)];
    },
    release: async () => ({ ko: ['첫 문단', '둘째 문단'] }),
  };
  return { source, asked };
}

const releasesFound = async (query: string) => {
  const { matches } = await findReleases({ query }, 'ko', memory().source);
  return matches.map((match) => match.release);
};

describe('a query against the index', () => {
  it('fetches the chunk of a word already typed, and for the last word the chunks its completions sort into', async () => {
    const typed = memory();
    await findReleases({ query: 'band fig' }, 'ko', typed.source);
    expect(typed.asked).toEqual(['head.json', 'terms-0.json', 'terms-2.json']);
    const typing = memory();
    await findReleases({ query: 'fig band' }, 'ko', typing.source);
    expect(typing.asked).toEqual(['head.json', 'terms-2.json', 'terms-0.json', 'terms-1.json']);
  });

  it('completes the last word only while it may still be typed: not a lone digit', async () => {
    expect(await releasesFound('band 7')).toEqual([]);
    expect(await releasesFound('band 70')).toEqual([2]);
    expect(await releasesFound('plum band')).toEqual([1, 2, 0, 3]);
  });

  it('ranks by the sum of the terms’ weights, each counted once, and newest first among equals', async () => {
    // fig: r0 5, r1 2, r3 1; band: r0 1, r1 3, r2 2. Both: r0 6, r1 5.
    expect(await releasesFound('band fig')).toEqual([0, 1]);
    expect(await releasesFound('plum')).toEqual([0, 1, 2, 3]);
  });

  it('asks for nothing when the query has no terms', async () => {
    const { source, asked } = memory();
    expect(await findReleases({ query: ' , ' }, 'ko', source)).toEqual({ matches: [], cards: new Map() });
    expect(asked).toEqual([]);
  });

  it('returns the cards the chunks carried with the matches', async () => {
    const { cards } = await findReleases({ query: 'fig' }, 'ko', memory().source);
    expect([...cards]).toEqual([[0, card(0)]]);
  });
});

describe('the cards of matches the chunks did not carry', () => {
  it('come from the release file that holds each, numbered across files', async () => {
    const { source, asked } = memory();
    const cards = await cardsOf([3, 0], new Map([[0, card(0)]]), source);
    expect([...cards]).toEqual([
      [2, card(2)],
      [3, card(3)],
    ]);
    expect(asked).toEqual(['head.json', 'releases-1.json']);
  });

  it('are not fetched when every card is known, nor for a release number the index does not have', async () => {
    const { source, asked } = memory();
    expect(await cardsOf([0, 4], new Map([[0, card(0)]]), source)).toEqual(new Map());
    expect(asked).toEqual(['head.json']);
  });
});

describe("a hit's excerpt", () => {
  it('is the best paragraph, with its anchor', async () => {
    expect(await excerptFor({ slug: 'r0', locale: 'ko' }, '둘째', memory().source)).toEqual({
      excerpt: [
        { text: '둘째', match: true },
        { text: ' 문단', match: false },
      ],
      anchor: 'p-2',
    });
  });

  it('is empty, without an anchor, for a language the release text lacks', async () => {
    expect(await excerptFor({ slug: 'r0', locale: 'en' }, '둘째', memory().source)).toEqual({ excerpt: [], anchor: undefined });
  });
});
