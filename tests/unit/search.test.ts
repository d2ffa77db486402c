import type { Locale } from 'next-intl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { excerptOf, highlight } from '@/lib/search/browser/excerpt';
import { httpSource } from '@/lib/search/browser/http-source';
import { chunkOf, chunksFrom } from '@/lib/search/browser/lookup';
import {
  cardsOf,
  excerptFor,
  findReleases,
  hitsOf,
  prefetchIndexFor,
  type IndexSource,
  type SearchRequest,
} from '@/lib/search/browser/query';
import { getSearchFiles } from '@/lib/search/indexing';
import { CARDS_PER_TERM, RELEASES_PER_FILE } from '@/lib/search/indexing/chunks';
import { IndexAssembler, type DocumentPostings } from '@/lib/search/indexing/postings';
import { chunkFile, documentNumber, headFile, releaseFile, releasesFile, type IndexHead, type TermChunk } from '@/lib/search/format';
import { routing } from '@/lib/i18n/routing';
import { filterTerms, queryTerms, type SearchFilters } from '@/lib/search/terms';
import { readFixture } from './fixtures';

let source: IndexSource;
let ready = false;
let fetched: string[] = [];

// Made by the first test that runs (the index is kept for the process), not in beforeAll: Stryker
// credits what beforeAll runs to no test, and would test the mutants of indexing only against the
// tests that build an index of their own, not against these queries.
beforeEach(async () => {
  readFixture('search');
  if (ready) return;
  ready = true;
  const files = await getSearchFiles();
  const read = async (file: string) => {
    fetched.push(file);
    const body = await files.file(file);
    if (body === undefined) throw new Error(`no ${file}`);
    return JSON.parse(body);
  };
  source = {
    head: () => read(headFile),
    chunk: (chunk) => read(chunkFile(chunk)),
    releases: (file) => read(releasesFile(file)),
    release: (slug) => read(releaseFile(slug)),
  };
});

/** Every match of `query`, shown as the search page shows it: with the cards the index sent, then the others. */
async function hits(request: string | SearchRequest, locale: Locale, from: IndexSource) {
  const { matches, cards } = await findReleases(typeof request === 'string' ? { query: request } : request, locale, from);
  const more = await cardsOf(
    matches.map((match) => match.release),
    cards,
    from,
  );
  return hitsOf(matches, new Map([...cards, ...more]));
}

const search = async (query: string, locale: Locale = 'ko') =>
  (await hits(query, locale, source)).map((hit) => `${hit.locale}:${hit.slug}`);

describe('the query table', () => {
  // [query, page language, releases found (language they matched in : slug), why]
  const table: [string, Locale, string[], string][] = [
    ['성장', 'ko', ['ko:shared-growth'], 'the tail of a compound (동반성장지수)'],
    ['동반성장', 'ko', ['ko:shared-growth'], 'a compound inside a longer one (동반성장위원회가)'],
    ['이노텍', 'ko', ['ko:smart-factory'], 'a name glued to Latin letters and a particle (LG이노텍은)'],
    ['LG이노텍', 'ko', ['ko:smart-factory'], 'Latin and Hangul written together'],
    ['스마트공장', 'ko', ['ko:smart-factory'], 'written without the space the text has (스마트 공장)'],
    ['스마트 공장', 'ko', ['ko:smart-factory'], 'written with the space'],
    ['모듈', 'ko', ['ko:camera-module'], 'a Korean-only release, by the tail of 카메라모듈'],
    ['동반성장ㅇ', 'ko', ['ko:shared-growth'], 'a syllable still being typed (ㅇ of 위원회) is left out, so the results stay'],
    ['위원회', 'ko', ['ko:shared-growth'], 'the middle of a compound with a particle (동반성장위원회가)'],
    ['supplier', 'en', ['en:smart-factory'], 'singular finds the plural (suppliers)'],
    ['Supporting', 'en', ['en:smart-factory'], 'another inflection of supported, any case'],
    ['factory', 'en', ['en:smart-factory'], 'factories'],
    ['announcing', 'en', ['en:shared-growth'], 'announced'],
    ['suppliers', 'ko', ['en:smart-factory'], 'an English word on the Korean search finds the English text'],
    ['동반성장', 'en', ['ko:shared-growth'], 'a Korean word on the English search finds the Korean original'],
    ['협력사', 'en', ['ko:smart-factory'], 'only the Korean says 협력사'],
    ['2000', 'ko', ['ko:smart-factory'], 'a number without its separator (2,000)'],
    ['partner', 'ko', ['en:smart-factory', 'en:shared-growth'], 'partner companies, and Partnership: the last word may still be typed'],
    ['반도체', 'ko', [], 'no release has it'],
    ['bicycles', 'en', [], 'no release has it'],
    ['스마트 반도체', 'ko', [], 'every word must match'],
    ['', 'ko', [], 'an empty query'],
    ['!!!', 'ko', [], 'no letters at all'],
    ['동반성장'.normalize('NFD'), 'ko', ['ko:shared-growth'], 'Hangul decomposed into jamo (NFD, as macOS writes it)'],
    [
      '모',
      'ko',
      ['ko:camera-module', 'ko:smart-factory'],
      'one syllable, still being typed, completes to the pieces it begins (모듈, 규모로)',
    ],
  ];

  it.each(table)('%s (%s) → %j: %s', async (query, locale, expected) => {
    expect(await search(query, locale)).toEqual(expected);
  });

  it('ranks each release once, in the reader’s language when both languages match', async () => {
    expect(await search('LG', 'ko')).toEqual(['ko:smart-factory']);
    expect(await search('LG', 'en')).toEqual(['en:smart-factory']);
  });

  it('finds the release as the reader types a word', async () => {
    expect(await search('suppl', 'en')).toEqual(['en:smart-factory']);
    expect(await search('스마트 공', 'ko')).toEqual(['ko:smart-factory']);
  });
});

describe('filters', () => {
  const filtered = async (query: string, filters: SearchFilters, locale: Locale = 'ko') =>
    (await hits({ query, filters }, locale, source)).map((hit) => `${hit.locale}:${hit.slug}`);

  it('keep a query to a year (in Korea time) or a topic, and combine', async () => {
    expect(await filtered('partner', {}, 'en')).toEqual(['en:smart-factory', 'en:shared-growth']);
    expect(await filtered('partner', { year: 2023 }, 'en')).toEqual(['en:shared-growth']);
    expect(await filtered('partner', { tag: 'factory' }, 'en')).toEqual(['en:smart-factory']);
    expect(await filtered('partner', { year: 2023, tag: 'factory' }, 'en')).toEqual([]);
  });

  it('alone list what they keep to, newest first', async () => {
    expect(await filtered('', { tag: 'news' })).toEqual(['ko:smart-factory', 'ko:shared-growth', 'ko:camera-module']);
    expect(await filtered('', { year: 2022 })).toEqual(['ko:camera-module']);
    expect(await filtered('', { year: 1999 })).toEqual([]);
  });

  it('are terms no text can make: a release that says "#year:2023" is no match for the year', () => {
    expect(queryTerms('#year:2023 #tag:news')).toEqual(['year', '2023', 'tag', 'new']);
    expect(filterTerms({ year: 2023, tag: 'news' })).toEqual(['#year:2023', '#tag:news']);
  });
});

describe('a result', () => {
  it('comes with its title and date in the chunk that answers the query', async () => {
    fetched = [];
    const { matches, cards } = await findReleases({ query: 'support' }, 'en', source);
    const [hit] = hitsOf(matches, cards);
    expect(hit).toMatchObject({ slug: 'smart-factory', locale: 'en', date: '2024-05-02T09:00:00+09:00' });
    expect(hit!.title).toBe('More support for partners');
    expect(fetched.filter((file) => file !== headFile).every((file) => file.startsWith('terms-'))).toBe(true);
  });

  it('then shows the matching paragraph highlighted, with its anchor', async () => {
    const result = await excerptFor({ slug: 'smart-factory', locale: 'ko' }, '스마트공장', source);
    expect(result.anchor).toBe('p-2');
    expect(result.excerpt.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['스마트 공장']);
    const english = await excerptFor({ slug: 'smart-factory', locale: 'en' }, 'supplier factory', source);
    expect(english.anchor).toBe('p-2');
    expect(english.excerpt.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['suppliers', 'factories']);
  });

  it('links to the release without an anchor when only the title matches', async () => {
    expect((await excerptFor({ slug: 'shared-growth', locale: 'en' }, 'grade', source)).anchor).toBeUndefined();
  });
});

describe('highlighting', () => {
  it('marks particles and compounds by the part that matched', () => {
    expect(highlight('LG이노텍은 동반성장위원회가', '이노텍 성장')).toEqual([
      { text: 'LG', match: false },
      { text: '이노텍', match: true },
      { text: '은 동반', match: false },
      { text: '성장', match: true },
      { text: '위원회가', match: false },
    ]);
  });

  it('keeps a long paragraph to a window around the first match', () => {
    const text = `${'가'.repeat(300)} 성장 ${'나'.repeat(300)}`;
    const excerpt = excerptOf(text, '성장');
    const joined = excerpt.map((segment) => segment.text).join('');
    expect(joined.length).toBeLessThanOrEqual(202);
    expect(joined.startsWith('…') && joined.endsWith('…')).toBe(true);
    expect(excerpt.find((segment) => segment.match)?.text).toBe('성장');
    const english = excerptOf(`${'word '.repeat(60)}growth ${'more '.repeat(60)}`, 'growth')
      .map((segment) => segment.text)
      .join('');
    expect(english).toMatch(/^…word /);
  });

  it('treats markup-like text as text (React escapes it)', () => {
    expect(highlight('<b>성장</b>', '성장')).toEqual([
      { text: '<b>', match: false },
      { text: '성장', match: true },
      { text: '</b>', match: false },
    ]);
  });
});

describe('the index', () => {
  it('fetches only the head and the chunks of the query’s terms', async () => {
    fetched = [];
    await search('스마트공장');
    const chunks = fetched.filter((file) => file.startsWith('terms-'));
    expect(fetched).toContain(headFile);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(3);
    expect(fetched.some((file) => file.startsWith('release'))).toBe(false);
  });

  it('fetches the head before the reader has typed anything (an empty query asks for it alone)', async () => {
    const asked: string[] = [];
    let head: Promise<unknown> = Promise.resolve();
    const watched: IndexSource = {
      ...source,
      head: () => (asked.push('head'), (head = source.head()) as ReturnType<IndexSource['head']>),
      chunk: (chunk) => (asked.push(`chunk ${chunk}`), source.chunk(chunk)),
    };
    // Once the head has come, a chunk would have been asked for: the head says which.
    const settled = async () => (await head, await new Promise((resolve) => setTimeout(resolve)));
    prefetchIndexFor({ query: '' }, watched);
    await settled();
    expect(asked).toEqual(['head']);
    prefetchIndexFor({ query: '스마트공장' }, watched);
    await settled();
    expect(asked.filter((file) => file.startsWith('chunk')).length).toBeGreaterThan(0);
  });

  it('over HTTP, fetches each file once however often a query asks while it is typed, and again after a failure', async () => {
    const files = await getSearchFiles();
    const requested: string[] = [];
    let failing = true;
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(url);
      const file = url.replace('/index/', '');
      if (failing && file.startsWith('terms-')) return new Response('', { status: 503 });
      return new Response(await files.file(file), { status: 200 });
    });
    try {
      const http = httpSource('/index/');
      await expect(findReleases({ query: '스마트공장' }, 'ko', http)).rejects.toThrow(/503/);
      failing = false;
      prefetchIndexFor({ query: '스마트' }, http);
      prefetchIndexFor({ query: '스마트공' }, http);
      prefetchIndexFor({ query: '스마트공장' }, http);
      const { matches } = await findReleases({ query: '스마트공장' }, 'ko', http);
      expect(matches).toHaveLength(1);
      // What a result shows beside its title comes over HTTP too: the cards the chunks did not send, the paragraph.
      expect((await cardsOf([matches[0]!.release], new Map(), http)).get(matches[0]!.release)?.slug).toBe('smart-factory');
      expect((await excerptFor({ slug: 'smart-factory', locale: 'ko' }, '스마트공장', http)).anchor).toBe('p-2');
      const twice = requested.filter((url, index) => requested.indexOf(url) !== index);
      expect(twice.every((url) => url.includes('terms-'))).toBe(true);
      expect(new Set(twice).size).toBe(twice.length);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('finds a term’s chunk, and the chunks a word being typed completes into', () => {
    const head: IndexHead = { chunks: ['a', 'ba', 'bb', 'bc', 'd', '가', '공장', '공학'], releaseCount: 1, releasesPerFile: 100 };
    expect(chunkOf('0', head)).toBe(0);
    expect(chunkOf('b', head)).toBe(0);
    expect(chunkOf('bb', head)).toBe(2);
    expect(chunkOf('bbz', head)).toBe(2);
    expect(chunkOf('힣', head)).toBe(7);
    expect(chunksFrom('b', head)).toEqual([0, 1, 2, 3]);
    expect(chunksFrom('공', head)).toEqual([5, 6, 7]);
    expect(chunksFrom('c', head)).toEqual([3]);
    // A first letter typed completes into its 8 nearest chunks, not into every chunk of the terms it starts.
    const many: IndexHead = {
      chunks: ['a', ...Array.from({ length: 10 }, (_, index) => `b${index}`)],
      releaseCount: 1,
      releasesPerFile: 100,
    };
    expect(chunksFrom('b', many)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  /**
   * An index in memory of English terms in `chunks`, each chunk named by its first term, each term
   * held by one release (by number, 0 the newest) with the same weight.
   */
  const englishIndex = (chunks: [term: string, release: number][][]): IndexSource => {
    const files: TermChunk[] = chunks.map((terms) => ({
      terms: terms.map(([term, release]) => [term, [documentNumber(release, 'en', routing.locales)], [1]]),
      releases: {},
    }));
    const releaseCount = Math.max(...chunks.flat().map(([, release]) => release)) + 1;
    return {
      head: async () => ({ chunks: chunks.map((terms) => terms[0]![0]), releaseCount, releasesPerFile: 100 }),
      chunk: async (chunk) => files[chunk]!,
      releases: async () => [],
      release: async () => ({}),
    };
  };

  it('lists equally good matches newest first, whichever completion of the word being typed found them', async () => {
    // Release 2 holds "grown", release 0 "grows", with the same weight: "grow" completes to both, to release 2 first.
    const memory = englishIndex([
      [
        ['grown', 2],
        ['grows', 0],
      ],
    ]);
    expect((await findReleases({ query: 'grow' }, 'en', memory)).matches).toEqual([
      { release: 0, locale: 'en' },
      { release: 2, locale: 'en' },
    ]);
  });

  it('completes the word being typed from its letters, not its stem: "companies" is no start of "companions"', async () => {
    // Porter stems "companies" to "compani", which "companion" (release 1) begins; release 0 holds "company".
    const memory = englishIndex([
      [
        ['compani', 0],
        ['companion', 1],
      ],
    ]);
    const found = async (query: string) => (await findReleases({ query }, 'en', memory)).matches.map(({ release }) => release);
    expect(await found('Companies')).toEqual([0]);
    expect(await found('compan')).toEqual([0, 1]);
    expect(await found('companio')).toEqual([1]);
    // Earlier words are whole: neither is completed.
    expect(await found('companies compan')).toEqual([0]);
  });

  it('completes a word whose stem is no start of its letters ("every" is everi) into the words it begins, from their chunk', async () => {
    const memory = englishIndex([[['everi', 0]], [['everyon', 1]]]);
    expect((await findReleases({ query: 'every' }, 'en', memory)).matches.map(({ release }) => release)).toEqual([0, 1]);
  });

  it('sends the cards of each term’s best releases with it; the others come from the release files, newest first', async () => {
    const assembler = new IndexAssembler();
    const releases = 3 * CARDS_PER_TERM;
    // Release 0 is the newest; the term weighs most in the shortest texts, the oldest here.
    for (let release = 0; release < releases; release++) {
      const document: DocumentPostings = {
        locale: 'ko',
        slug: `r${release}`,
        title: `제목 ${release}`,
        date: '2024-01-01',
        lengths: [1, (releases - release) ** 2],
        terms: { 성장: [0, 1] },
      };
      assembler.add([document]);
    }
    // Older releases without the term, so that it is rare enough to weigh something.
    for (let release = releases; release < 5 * releases; release++)
      assembler.add([{ locale: 'ko', slug: `r${release}`, title: '', date: '2023-01-01', lengths: [1, 1], terms: { 기타: [0, 1] } }]);
    const { head, chunks, releases: files } = assembler.files();
    const memory: IndexSource = {
      head: async () => head,
      chunk: async (chunk) => chunks[chunk]!,
      releases: async (file) => files[file]!,
      release: async () => ({}),
    };
    const { matches, cards } = await findReleases({ query: '성장' }, 'ko', memory);
    expect(matches.map((match) => match.release).sort((a, b) => a - b)).toEqual(Array.from({ length: releases }, (_, index) => index));
    expect(matches.slice(0, CARDS_PER_TERM).map((match) => match.release)).toEqual(
      Array.from({ length: CARDS_PER_TERM }, (_, index) => releases - 1 - index),
    );
    expect(matches.slice(0, CARDS_PER_TERM).every((match) => cards.has(match.release))).toBe(true);
    expect(hitsOf(matches, cards)).toHaveLength(CARDS_PER_TERM);
    expect((await hits('성장', 'ko', memory)).map((hit) => hit.slug)).toEqual(matches.map((match) => `r${match.release}`));
    expect(files.flat().map((card) => card.slug)).toEqual(Array.from({ length: 5 * releases }, (_, index) => `r${index}`));
  });

  it('finds, end to end, releases whose terms lie in different chunks and whose cards lie in different files', async () => {
    const assembler = new IndexAssembler();
    const releases = 2 * RELEASES_PER_FILE + 50;
    // Each release has its own rare words (enough of them to fill several chunks) and one of two common ones.
    const wordsOf = (release: number) =>
      Object.fromEntries(
        [`mid${release}`, `zulu${'kmnpqrt'[release % 7]}`, release % 2 ? 'adam' : 'abel'].map((term, index) => [term, [index, 1]]),
      );
    for (let release = 0; release < releases; release++) {
      assembler.add([
        {
          locale: 'en',
          slug: `r${release}`,
          title: `Title ${release}`,
          date: '2024-01-01',
          lengths: [1, 3],
          terms: {
            ...wordsOf(release),
            ...Object.fromEntries(Array.from({ length: 40 }, (_, word) => [`filler${release}x${word}`, [0, 1]])),
          },
        },
      ]);
    }
    const { head, chunks, releases: files } = assembler.files();
    expect(files.length).toBe(3);
    const [first, last] = [chunkOf('adam', head), chunkOf('zulup', head)];
    expect(first).not.toBe(last);
    const memory: IndexSource = {
      head: async () => head,
      chunk: async (chunk) => chunks[chunk]!,
      releases: async (file) => files[file]!,
      release: async () => ({}),
    };
    const expected = Array.from({ length: releases }, (_, release) => release).filter((release) => release % 2 === 1 && release % 7 === 3);
    const found = await hits({ query: 'adam zulup ' }, 'en', memory);
    expect(found.map((hit) => hit.slug).sort()).toEqual(expected.map((release) => `r${release}`).sort());
    expect(found.every((hit) => hit.title === `Title ${hit.slug.slice(1)}`)).toBe(true);
  });
});
