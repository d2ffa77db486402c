import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FEED_SIZE, feedResponse, releaseFeed } from '@/lib/discovery/feed';
import { site } from '@/lib/site';
import { writeGeneratedRelease, yamlString } from '../fixtures/write-release';
import { readFixture, validFixtureWith } from './fixtures';

afterEach(() => vi.unstubAllEnvs());

/** The feed's entries as a feed reader gets them: XML parsed, then title and summary read as the HTML they are typed as. */
async function entries() {
  const xml = await releaseFeed('ko');
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, cdataPropName: false as never }).parse(xml).feed;
  return [feed.entry].flat() as { title: { '#text': string }; summary: { '#text': string }; content: { '#text': string } }[];
}

describe('the Atom feed with hostile text', () => {
  it('keeps titles and summaries as text and never lets ]]> close a CDATA section', async () => {
    readFixture('hostile');
    const entry = (await entries()).find((candidate) => candidate.title['#text'].includes('Galaxy'))!;
    // type="html": the reader decodes entities once and shows the text, tags and all, as text.
    expect(entry.title['#text']).toBe('&lt;Galaxy&gt; &amp; &lt;b&gt;bold&lt;/b&gt; 🚀 launch ]]&gt; now');
    expect(entry.summary['#text']).toBe('A summary with &lt;i&gt;markup&lt;/i&gt; and ]]&gt; twice ]]&gt;.');
    expect(entry.content['#text']).toContain('CDATA section ]]&gt; once, and ]]&gt; twice');
    expect(entry.content['#text']).toContain('<code>&#x3C;script></code>');
  });
});

describe('the Atom feed of a release that links within the site', () => {
  it('gives each link its full address, which a feed reader has no page to start from', async () => {
    const dir = await validFixtureWith({
      'releases/korean-only/ko.md':
        '---\ntitle: 한국어로만 낸 보도자료\n---\n\n[지난 보도자료](/ko/releases/first-release)와 [아래 문단](#p-2)을 보세요.\n\n둘째 문단.\n',
    });
    const entry = (await entries()).find((candidate) => candidate.title['#text'] === '한국어로만 낸 보도자료')!;
    expect(entry.content['#text']).toContain(`<a href="${new URL('/ko/releases/first-release', site.url).href}">지난 보도자료</a>`);
    expect(entry.content['#text']).toContain(`<a href="${new URL('/ko/releases/korean-only#p-2', site.url).href}">아래 문단</a>`);
    await rm(dir, { recursive: true });
  });
});

describe('share image text', () => {
  it('leaves out what the fonts cannot draw (emoji, rare scripts), so satori never fetches a font', async () => {
    const { drawableText } = await import('@/lib/discovery/og-fonts');
    expect(await drawableText('이모지 제목 🚀 그리고 글꼴에 없는 글자 𓀀 Galaxy')).toEqual({
      text: '이모지 제목 그리고 글꼴에 없는 글자 Galaxy',
      dropped: ['🚀', '𓀀'],
    });
    expect(await drawableText('LG이노텍, 협력사 상생으로')).toEqual({ text: 'LG이노텍, 협력사 상생으로', dropped: [] });
  });

  it('keeps the letters of names abroad (Łódź, Erdoğan, Škoda): the second font has what the first lacks', async () => {
    const { drawableText, ogFonts } = await import('@/lib/discovery/og-fonts');
    expect(await drawableText('LG이노텍 meets Erdoğan and Škoda in Łódź')).toEqual({
      text: 'LG이노텍 meets Erdoğan and Škoda in Łódź',
      dropped: [],
    });
    expect((await ogFonts()).map(({ name, weight }) => `${name} ${weight}`)).toEqual([
      'Noto Sans KR 400',
      'Noto Sans KR 700',
      'Pretendard 400',
      'Pretendard 700',
    ]);
  });

  it('draws the tilde of a Korean range (∼, as text from Hangul and CP949 has it) as the full-width one the font has', async () => {
    const { drawableText } = await import('@/lib/discovery/og-fonts');
    expect(await drawableText('2014년∼2021년')).toEqual({ text: '2014년～2021년', dropped: [] });
  });
});

describe("a tag's feed", () => {
  it("holds only that tag's releases in that language, under the tag's label", async () => {
    readFixture('valid');
    const xml = await releaseFeed('en', 'partners');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml).feed;
    expect(feed.title).toBe('Example Corp Example Newsroom: Partners (English)');
    expect([feed.entry].flat().map((entry: { id: string }) => entry.id)).toEqual(['http://localhost:3000/en/releases/first-release']);
    expect(await releaseFeed('en', 'news')).not.toContain('korean-only');
  });
});

describe('dates after a correction', () => {
  it('an entry is updated at its latest correction and published at its date, and the feed at its newest change', async () => {
    readFixture('valid');
    const feed = new XMLParser().parse(await releaseFeed('ko')).feed;
    const entry = [feed.entry].flat().find((candidate: { id: string }) => candidate.id.endsWith('/first-release'));
    // first-release: published 2024-03-05 10:00 KST, corrected on the 6th and on the 7th at 15:30 KST.
    expect(new Date(entry.published).toISOString()).toBe('2024-03-05T01:00:00.000Z');
    expect(new Date(entry.updated).toISOString()).toBe('2024-03-07T06:30:00.000Z');
    const newest = Math.max(...[feed.entry].flat().map((candidate: { updated: string }) => Date.parse(candidate.updated)));
    expect(Date.parse(feed.updated)).toBe(newest);
  });
});

describe('a newsroom with more releases than a feed carries', () => {
  it('feeds the newest FEED_SIZE releases written in the language, and claims no rights', { timeout: 30_000 }, async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'feed-'));
    await cp(path.resolve('tests/fixtures/content/valid/newsroom.yml'), path.join(root, 'newsroom.yml'));
    // Release 0 is the newest; every third is Korean only.
    const count = FEED_SIZE + 10;
    for (let index = 0; index < count; index++) {
      const day = new Date(Date.UTC(2024, 0, 1) - index * 86_400_000).toISOString().slice(0, 10);
      const text = (title: string) => ({ front: `title: ${yamlString(title)}`, body: `${title}.` });
      await writeGeneratedRelease(root, {
        slug: `r${index}`,
        facts: `date: ${day}T09:00:00+09:00\ntags: [news]\ntranslations: [${index % 3 ? 'en' : ''}]\n`,
        ko: text(`보도자료 ${index}`),
        en: index % 3 ? text(`Release ${index}`) : undefined,
      });
    }
    vi.stubEnv('CONTENT_DIR', root);
    const ids = async (locale: 'ko' | 'en') =>
      [new XMLParser().parse(await releaseFeed(locale)).feed.entry].flat().map((entry: { id: string }) => entry.id.replace(/^.*\//, ''));
    const all = Array.from({ length: count }, (_, index) => `r${index}`);
    expect(await ids('ko')).toEqual(all.slice(0, FEED_SIZE));
    expect(await ids('en')).toEqual(all.filter((_, index) => index % 3).slice(0, FEED_SIZE));
    expect(await releaseFeed('en')).not.toContain('<rights>');
    await rm(root, { recursive: true, force: true });
  });
});

describe('the feed as a reader subscribes to it', () => {
  it('names itself, its site and its own address, and each entry its release, author, topics and text', async () => {
    readFixture('valid');
    const xml = await releaseFeed('en');
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;
    expect(feed.id).toBe('http://localhost:3000/en');
    expect(feed['xml:lang']).toBe('en');
    expect([feed.link].flat()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'alternate', href: 'http://localhost:3000/en' }),
        expect.objectContaining({ rel: 'self', href: 'http://localhost:3000/en/feed.xml' }),
      ]),
    );
    expect(feed.subtitle).toContain('Example Corp');
    const entries = [feed.entry].flat();
    // Only releases with an English version, newest first; the Korean feed has every public one, nothing under embargo.
    const slugs = (ids: { id: string }[]) => ids.map((entry) => entry.id.replace(/^.*\/releases\//, ''));
    expect(slugs(entries)).toEqual(['with-image', 'first-release']);
    const korean = new XMLParser().parse(await releaseFeed('ko')).feed;
    expect(slugs([korean.entry].flat())).toEqual(['korean-only', 'with-image', 'first-release', 'embargo-passed', 'emoji-title']);
    const first = entries.find((entry: { id: string }) => entry.id.endsWith('/first-release'));
    expect(first.link.href).toBe('http://localhost:3000/en/releases/first-release');
    expect(first.author).toEqual({ name: 'Example Corp', uri: 'https://example.com/' });
    expect([first.category].flat().map(({ term, label }: { term: string; label: string }) => [term, label])).toEqual([
      ['news', 'News'],
      ['partners', 'Partners'],
    ]);
    expect(first.content['#text']).toMatch(/^<p>/);
    // A reader that shows an entry as text alone, its tags dropped, still shows one block to a line.
    expect(first.content['#text'].replace(/<[^>]*>/g, '')).toBe('The first paragraph.\nA subheading\nThe second paragraph.');
  });
});

describe('a feed as its route answers it', () => {
  it('is Atom in a language of the site, and a 404 no cache keeps in any other', async () => {
    readFixture('valid');
    const feed = await feedResponse('en', 'partners');
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain('/en/releases/first-release');
    const none = await feedResponse('fr');
    expect(none.status).toBe(404);
    expect(none.headers.get('cache-control')).toBe('no-store');
  });
});
