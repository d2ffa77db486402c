import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import matter from 'gray-matter';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '@/lib/content/markdown';
import { getRelease } from '@/lib/content';
import type { Release, ReleaseVersion } from '@/lib/content/release';
import { exportXliff, importXliff, readXliff } from '@/lib/translation/xliff';
import { SLUG } from '../seed';

const version = (locale: 'ko' | 'en', title: string, body: string): ReleaseVersion => ({ locale, title, subtitle: [], blocks: renderBlocks(body), description: '' });
const enSource = '---\ntitle: "Title"\n---\n\nFirst **bold** [link](https://example.com/a?b=1 "T") paragraph.\n\n## A heading\n';
const sample: Release = {
  slug: 'sample',
  hash: 'sample',
  date: '2024-03-05T10:00:00+09:00',
  tags: [],
  contacts: [],
  updates: [],
  images: {},
  versions: {
    ko: version('ko', '제목', '첫 **굵은** [링크](https://example.com/a?b=1 "T") 문단.\n\n## 소제목\n'),
    en: version('en', 'Title', 'First **bold** [link](https://example.com/a?b=1 "T") paragraph.\n\n## A heading\n'),
  },
};

/** Exports, lets `edit` change the XML as a translator would, and imports the result. */
async function roundTrip(release: Release, source: string, edit = (xml: string) => xml) {
  const xml = edit(await exportXliff(release, release.versions.en!));
  return importXliff(release, release.versions.en!, source, (await readXliff(xml)).document);
}

describe('XLIFF 2.0 of the real release', () => {
  it('exports one unit per block plus title, subtitle lines and summary, with notes, and imports back without changing a byte', async () => {
    const release = (await getRelease(SLUG))!;
    const xml = await exportXliff(release, release.versions.en!);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko" trgLang="en">')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect([...xml.matchAll(/<unit id="([^"]+)"/g)].map((match) => match[1])).toEqual(['title', 'subtitle-1', 'subtitle-2', 'subtitle-3', 'summary', ...Array.from({ length: 11 }, (_, index) => `p-${index + 1}`)]);
    expect(xml).toContain(`<note>Press release releases/${SLUG}, published 2022-09-21T00:00:00+09:00; unit p-7.`);
    const source = await readFile(path.resolve('content/releases', SLUG, 'en.md'), 'utf8');
    expect(importXliff(release, release.versions.en!, source, (await readXliff(xml)).document)).toEqual({ text: source, changed: [] });
  });

  it('puts an edited unit into its block and its front matter field, and leaves the rest as it was', async () => {
    const release = (await getRelease(SLUG))!;
    const source = await readFile(path.resolve('content/releases', SLUG, 'en.md'), 'utf8');
    const { text, changed } = await roundTrip(release, source, (xml) =>
      xml.replace('<target>In finance, LG Innotek operates', '<target>In finance, LG Innotek runs').replace(/(<unit id="title">.*?<target>)[^<]*/, '$1A New Title'),
    );
    expect(changed).toEqual(['title', 'p-4']);
    expect(text).toContain('\n\nIn finance, LG Innotek runs a KRW 103 billion shared growth fund.');
    const before = matter(source).data;
    expect(matter(text).data).toEqual({ ...before, title: 'A New Title' });
    expect(text.replace('runs', 'operates').split('---').at(-1)).toBe(source.split('---').at(-1));
  });
});

describe('inline codes', () => {
  it('carry formatting and links as numbered codes; the URL never reaches the translator', async () => {
    const xml = await exportXliff(sample, sample.versions.en!);
    expect(xml).toContain('<source>첫 <pc id="1" type="fmt" subType="md:strong">굵은</pc> <pc id="2" type="link" subType="md:link">링크</pc> 문단.</source>');
    expect(xml).not.toContain('example.com');
  });

  it('come back around the translated words, with the original URL', async () => {
    const { text, changed } = await roundTrip(sample, enSource, (xml) =>
      xml.replace(/<target>First .*?paragraph\.<\/target>/, '<target>The <pc id="2" type="link" subType="md:link">link</pc> comes <pc id="1" type="fmt" subType="md:strong">first</pc>.</target>'),
    );
    expect(changed).toEqual(['p-1']);
    expect(text).toContain('\n\nThe [link](https://example.com/a?b=1 "T") comes **first**.\n\n## A heading\n');
  });
});

describe('import refuses a file that does not match the release', () => {
  it.each([
    ['a missing unit', (xml: string) => xml.replace(/<unit id="p-2">.*?<\/unit>/, ''), 'missing units: p-2'],
    ['an extra unit', (xml: string) => xml.replace('</file>', '<unit id="p-9"><segment><source>x</source><target>y</target></segment></unit></file>'), 'units the release does not have: p-9'],
    ['another source language', (xml: string) => xml.replace('srcLang="ko"', 'srcLang="ja"'), 'source language is "ja"'],
    ['a source that changed since', (xml: string) => xml.replace('<source>소제목</source>', '<source>옛 소제목</source>'), 'the source of p-2 no longer matches the current Korean original: export the release again'],
    ['an untranslated unit', (xml: string) => xml.replace('<target>A heading</target>', ''), 'units without a translation: p-2'],
    ['a code the source lacks', (xml: string) => xml.replace('<target>First', '<target><pc id="7" type="fmt">First</pc>'), 'unit p-1: the target has a code 7 that its source does not have'],
  ])('%s', async (_, edit, message) => {
    await expect(roundTrip(sample, enSource, edit)).rejects.toThrow(message);
  });
});

describe('XLIFF of an image block', () => {
  it('hands the translator the alt text and caption as Markdown, and takes the translated ones back', async () => {
    const body = (alt: string, caption: string) => `Before.\n\n![${alt}](images/photo.jpg "${caption}")\n`;
    const release: Release = { ...sample, versions: { ko: version('ko', '제목', body('대체 글', '설명')), en: version('en', 'Title', body('Alt text', 'Caption')) } };
    const source = `---\ntitle: "Title"\n---\n\n${body('Alt text', 'Caption')}`;
    const xml = await exportXliff(release, release.versions.en!);
    expect(xml).toContain('<source>![대체 글](images/photo.jpg "설명")</source><target>![Alt text](images/photo.jpg "Caption")</target>');
    const { text } = await roundTrip(release, source, (xliff) => xliff.replace('>![Alt text](images/photo.jpg "Caption")<', '>![New alt](images/photo.jpg "New caption")<'));
    expect(text).toContain('![New alt](images/photo.jpg "New caption")');
  });
});
