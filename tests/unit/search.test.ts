import type { Locale } from 'next-intl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { headFile, releaseFile, shardFile } from '@/lib/search/file-names';
import { highlight, excerptOf } from '@/lib/search/excerpt';
import { httpSource } from '@/lib/search/http-source';
import { excerptFor, findReleases, prefetchIndexFor, type IndexSource } from '@/lib/search/query';
import { getSearchFiles } from '@/lib/search/search-files';
import { joinIndex, shardCountFor, shardOf } from '@/lib/search/shards';
import { indexTerms, queryTerms } from '@/lib/search/terms';
import { useFixture } from './fixtures';

let source: IndexSource;
let fetched: string[] = [];

beforeAll(async () => {
  useFixture('search');
  const files = await getSearchFiles();
  const read = async (file: string) => {
    fetched.push(file);
    const body = await files.file(file);
    if (body === undefined) throw new Error(`no ${file}`);
    return JSON.parse(body);
  };
  const { shardCount } = files;
  source = { shardCount, head: () => read(headFile), shard: (shard) => read(shardFile(shard)), release: (slug) => read(releaseFile(slug)) };
});

const search = async (query: string, locale: Locale = 'ko') => (await findReleases(query, locale, source)).map((hit) => `${hit.locale}:${hit.slug}`);

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

describe('a result', () => {
  it('comes with its title and date from the index alone', async () => {
    fetched = [];
    const [hit] = await findReleases('support', 'en', source);
    expect(hit).toMatchObject({ slug: 'smart-factory', locale: 'en', date: '2024-05-02T09:00:00+09:00' });
    expect(hit!.title).toBe('More support for partners');
    expect(fetched.some((file) => file.startsWith('release-'))).toBe(false);
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
  it('splits Korean into two-syllable pieces, bridging spaces only in the text', () => {
    expect(queryTerms('스마트 공장')).toEqual(['스마', '마트', '공장']);
    expect(indexTerms('스마트 공장')).toEqual(['스마', '마트', '트공', '공장']);
    expect(queryTerms('Suppliers, 1,000')).toEqual(['supplier', '1000']);
  });

  it('fetches only the head and the shards of the query’s terms', async () => {
    fetched = [];
    await search('스마트공장');
    const shards = fetched.filter((file) => file.startsWith('terms-'));
    expect(fetched).toContain(headFile);
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(4);
    expect(fetched.some((file) => file.startsWith('release-'))).toBe(false);
  });

  it('asks for the head and the query’s shards at once, not the shards after the head', () => {
    const asked: string[] = [];
    const headNeverComes: IndexSource = {
      ...source,
      head: () => (asked.push('head'), new Promise(() => undefined)),
      shard: (shard) => (asked.push(`shard ${shard}`), source.shard(shard)),
    };
    void findReleases('스마트공장', 'ko', headNeverComes);
    expect(asked).toContain('head');
    expect(asked.filter((file) => file.startsWith('shard')).length).toBeGreaterThan(0);
  });

  it('fetches the head before the reader has typed anything (an empty query asks for it alone)', () => {
    const asked: string[] = [];
    prefetchIndexFor('', { ...source, head: () => (asked.push('head'), source.head()), shard: (shard) => (asked.push(`shard ${shard}`), source.shard(shard)) });
    expect(asked).toEqual(['head']);
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
      const http = httpSource({ folder: '/index/', shardCount: source.shardCount });
      await expect(findReleases('스마트공장', 'ko', http)).rejects.toThrow(/503/);
      failing = false;
      prefetchIndexFor('스마트', http);
      prefetchIndexFor('스마트공', http);
      prefetchIndexFor('스마트공장', http);
      expect(await findReleases('스마트공장', 'ko', http)).toHaveLength(1);
      const twice = requested.filter((url, index) => requested.indexOf(url) !== index);
      expect(twice.every((url) => url.includes('terms-'))).toBe(true);
      expect(new Set(twice).size).toBe(twice.length);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('builds only the terms a query wants out of the shards it fetched', async () => {
    const head = await source.head();
    const shard = shardOf('공장', head.shardCount);
    const entries = await source.shard(shard);
    const joined = joinIndex(head, [entries], (term) => term === '공장');
    expect(entries.length).toBeGreaterThan(1);
    expect(joined.index.map(([term]) => term)).toEqual(['공장']);
  });

  it('grows its shards with the newsroom, in powers of two', () => {
    expect(shardCountFor(2)).toBe(1);
    expect(shardCountFor(6)).toBe(2);
    expect(shardCountFor(96)).toBe(32);
    expect(shardCountFor(2000)).toBe(512);
    expect(shardCountFor(1_000_000)).toBe(512);
  });
});
