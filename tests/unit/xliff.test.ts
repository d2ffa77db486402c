import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import matter from 'gray-matter';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '@/lib/content/markdown';
import { getRelease } from '@/lib/content';
import type { Release } from '@/lib/content/release';
import { exportXliff, importXliff, readXliff, XliffImportError } from '@/lib/translation/xliff';
import { MAX_XLIFF_BYTES } from '@/lib/translation/xliff-xml';
import { SLUG } from '../seed';
import { messageOf, releaseOf, versionOf } from './fixtures';

/**
 * What xmllint says of `xml` against the OASIS XLIFF 2.0 core schema (tests/fixtures/xliff-schema),
 * as a CAT tool's validator would: '' when the file is valid.
 */
function schemaErrors(xml: string): string {
  const schema = path.resolve('tests/fixtures/xliff-schema/xliff_core_2.0.xsd');
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint (Debian's libxml2-utils; npm test installs it): ${result.error.message}`);
  return result.status === 0 ? '' : result.stderr;
}

const enSource = '---\ntitle: "Title"\n---\n\nFirst **bold** [link](https://example.com/a?b=1) paragraph.\n\n## A heading\n';
const sample = releaseOf({
  ko: versionOf('ko', '제목', '첫 **굵은** [링크](https://example.com/a?b=1) 문단.\n\n## 소제목\n'),
  en: versionOf('en', 'Title', 'First **bold** [link](https://example.com/a?b=1) paragraph.\n\n## A heading\n'),
});

/** Exports, lets `edit` change the XML as a translator would, and imports the result. */
async function roundTrip(release: Release, source: string, edit = (xml: string) => xml) {
  const xml = edit(exportXliff(release, release.versions.en!));
  return importXliff(release, release.versions.en!, source, readXliff(xml).document);
}

describe('XLIFF 2.0 of the real release', () => {
  it('exports a unit per block plus title, subtitle lines and summary, with notes, and imports back without changing a byte', async () => {
    const release = (await getRelease(SLUG))!;
    const xml = exportXliff(release, release.versions.en!);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ' +
          'srcLang="ko" trgLang="en">',
      ),
    ).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(schemaErrors(xml)).toBe('');
    expect([...xml.matchAll(/<unit id="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'title',
      'subtitle-1',
      'subtitle-2',
      'subtitle-3',
      'summary',
      ...Array.from({ length: 11 }, (_, index) => `p-${index + 1}`),
    ]);
    expect(xml).toContain(`<note>Press release releases/${SLUG}, published 2022-09-21T00:00:00+09:00; unit p-7.`);
    const source = await readFile(path.resolve('content/releases', SLUG, 'en.md'), 'utf8');
    // Whitespace is content (a list unit's line breaks are its items): a tool may not collapse it.
    expect(xml).toContain(`<file id="${SLUG}" original="releases/${SLUG}/ko.md" xml:space="preserve">`);
    expect(xml.match(/<segment state="translated">/g)).toHaveLength(16);
    expect(importXliff(release, release.versions.en!, source, readXliff(xml).document)).toEqual({
      text: source,
      changed: [],
      warnings: [],
    });
  });

  it('puts an edited unit into its block and its front matter field, and leaves the rest as it was', async () => {
    const release = (await getRelease(SLUG))!;
    const source = await readFile(path.resolve('content/releases', SLUG, 'en.md'), 'utf8');
    const { text, changed } = await roundTrip(release, source, (xml) =>
      xml
        .replace('<target>In finance, LG Innotek operates', '<target>In finance, LG Innotek runs')
        .replace(/(<unit id="title">.*?<target>)[^<]*/, '$1A New Title'),
    );
    expect(changed).toEqual(['title', 'p-4']);
    expect(text).toContain('\n\nIn finance, LG Innotek runs a KRW 103 billion shared growth fund.');
    const before = matter(source).data;
    expect(matter(text).data).toEqual({ ...before, title: 'A New Title' });
    expect(text.replace('runs', 'operates').split('---').at(-1)).toBe(source.split('---').at(-1));
    // The front matter keeps its lines: the title's changes, no blank line comes before the closing ---.
    const lines = (file: string) => file.split('---')[1]!.split('\n');
    expect(lines(text).filter((line) => !line.startsWith('title:'))).toEqual(lines(source).filter((line) => !line.startsWith('title:')));
  });
});

describe('an import that edits several units', () => {
  /** The target of unit `id` (a plain one, without inline codes), as a replace pattern: $1 before, $2 the text, $3 after. */
  const unit = (id: string) => new RegExp(`(<unit id="${id}">(?:(?!</unit>)[\\s\\S])*?<target>)([^<]*)(</target>)`);

  it('puts two edited blocks and a subtitle line each in its place, however the lengths shift', async () => {
    const release = (await getRelease(SLUG))!;
    const source = await readFile(path.resolve('content/releases', SLUG, 'en.md'), 'utf8');
    const longer = 'A second paragraph much longer than the one it replaces, as a reviewer might write it again from the start.';
    const { text, changed } = await roundTrip(release, source, (xml) =>
      xml.replace(unit('p-2'), `$1${longer}$3`).replace(unit('p-9'), '$1Short.$3').replace(unit('subtitle-2'), '$1A new second line$3'),
    );
    expect(changed).toEqual(['subtitle-2', 'p-2', 'p-9']);
    const textsOf = (markdown: string) => renderBlocks(matter(markdown).content).map((block) => block.text);
    const [after, before] = [textsOf(text), textsOf(source)];
    expect([after[1], after[8]]).toEqual([longer, 'Short.']);
    expect(after.filter((_, index) => index !== 1 && index !== 8)).toEqual(before.filter((_, index) => index !== 1 && index !== 8));
    expect(matter(text).data.subtitle).toEqual(
      matter(source).data.subtitle.map((line: string, index: number) => (index === 1 ? 'A new second line' : line)),
    );
  });
});

describe('inline codes', () => {
  it('carry formatting and links as numbered codes; the URL never reaches the translator', async () => {
    const xml = exportXliff(sample, sample.versions.en!);
    expect(xml).toContain(
      '<source>첫 <pc id="1" type="fmt" subType="md:strong">굵은</pc> <pc id="2" type="link" subType="md:link">링크</pc> 문단.</source>',
    );
    expect(xml).not.toContain('example.com');
    expect(schemaErrors(xml)).toBe('');
  });

  it('come back nested as the translator keeps them: a link inside bold, and inline code', async () => {
    const body = (words: string) => `${words}\n`;
    const release = releaseOf({
      ko: versionOf('ko', '제목', body('**굵은 [링크](https://example.com/) 글** 그리고 `npm`.')),
      en: versionOf('en', 'Title', body('**Bold [link](https://example.com/) text** and `npm`.')),
    });
    const source = `---\ntitle: "Title"\n---\n\n${body('**Bold [link](https://example.com/) text** and `npm`.')}`;
    const { text, warnings } = await roundTrip(release, source, (xml) =>
      xml.replace(/<target><pc id="1".*?<\/target>/, (target) => target.replace('Bold', 'Strong').replace(' and ', ' with ')),
    );
    expect(warnings).toEqual([]);
    expect(text).toBe(`---\ntitle: "Title"\n---\n\n${body('**Strong [link](https://example.com/) text** with `npm`.')}`);
  });

  it('keep a reference-style link a link, in a paragraph and in a list, where the file defines it once', async () => {
    const definition = '\n[lg]: https://www.lginnotek.com\n';
    const ko = `자세한 내용은 [홈페이지][lg]를 참고하세요.\n\n- [홈페이지][lg] 참고\n- 둘째 항목\n${definition}`;
    const en = `For details see [the website][lg].\n\n- See [the website][lg]\n- Second item\n${definition}`;
    const release = releaseOf({ ko: versionOf('ko', '제목', ko), en: versionOf('en', 'Title', en) });
    const xml = exportXliff(release, release.versions.en!);
    expect(xml).toContain('<pc id="1" type="link" subType="md:linkReference">홈페이지</pc>');
    const { text } = await roundTrip(release, `---\ntitle: "Title"\n---\n\n${en}`, (xml) =>
      xml.replace('For details see', 'For details, see').replace('Second item', 'The second item'),
    );
    expect(text).toContain('\n\nFor details, see [the website][lg].\n\n- See [the website][lg]\n- The second item\n');
    expect(text).not.toContain('\\[');
  });

  it('keep a link the Korean writes by reference a link where the English file lacks the definition', async () => {
    const definition = '\n[lg]: https://www.lginnotek.com\n';
    const ko = `[LG이노텍][lg]이 발표했다.\n${definition}`;
    const en = '[LG Innotek](https://www.lginnotek.com) said.\n';
    const release = releaseOf({ ko: versionOf('ko', '제목', ko), en: versionOf('en', 'Title', en) });
    const { text } = await roundTrip(release, `---\ntitle: "Title"\n---\n\n${en}`, (xml) => xml.replace(' said.', ' announced.'));
    expect(text).toBe(`---\ntitle: "Title"\n---\n\n[LG Innotek][lg] announced.\n\n[lg]: https://www.lginnotek.com\n`);
    expect(renderBlocks(matter(text).content)[0]!.html).toBe('<p><a href="https://www.lginnotek.com">LG Innotek</a> announced.</p>');
  });

  it('warn where the English file linked elsewhere than the Korean, whose links the import puts back', async () => {
    const release = releaseOf({
      ko: versionOf('ko', '제목', '[누리집](https://www.lginnotek.com/ko/)을 보세요.\n'),
      en: versionOf('en', 'Title', 'See [the website](https://www.lginnotek.com/en/).\n'),
    });
    const source = '---\ntitle: "Title"\n---\n\nSee [the website](https://www.lginnotek.com/en/).\n';
    const { text, warnings } = await roundTrip(release, source, (xml) => xml.replace('<target>See ', '<target>Visit '));
    expect(text).toContain('Visit [the website](https://www.lginnotek.com/ko/).');
    expect(warnings).toEqual([
      'unit p-1: the English file linked to https://www.lginnotek.com/en/, which the Korean original does not; the import ' +
        'links as the original does: put the English link back if it should stay',
    ]);
  });

  it('are what the XLIFF 2.0 schema allows, which tells a wrong state or a stray element', () => {
    const xml = exportXliff(sample, sample.versions.en!);
    expect(schemaErrors(xml.replace('state="translated"', 'state="approved"'))).toContain(
      "'approved' is not an element of the set {'initial', 'translated', 'reviewed', 'final'}",
    );
    expect(schemaErrors(xml.replace('<pc id="1"', '<b id="1"').replace('굵은</pc>', '굵은</b>'))).toContain(
      "Element '{urn:oasis:names:tc:xliff:document:2.0}b': This element is not expected.",
    );
  });

  it('come back around the translated words, with the original URL', async () => {
    const { text, changed } = await roundTrip(sample, enSource, (xml) =>
      xml.replace(
        /<target>First .*?paragraph\.<\/target>/,
        '<target>The <pc id="2" type="link" subType="md:link">link</pc> comes <pc id="1" type="fmt" ' +
          'subType="md:strong">first</pc>.</target>',
      ),
    );
    expect(changed).toEqual(['p-1']);
    expect(text).toContain('\n\nThe [link](https://example.com/a?b=1) comes **first**.\n\n## A heading\n');
  });

  it('leave no Korean in the English file: a paragraph whose image or link has words of its own travels as Markdown', async () => {
    const ko = '![빨간 아이콘](images/icon.png) 표시는 [누리집](https://example.com/ "누리집 안내")에 있습니다.\n';
    const en = '![빨간 아이콘](images/icon.png) marks are on [the website](https://example.com/ "누리집 안내").\n';
    const release = releaseOf({ ko: versionOf('ko', '제목', ko), en: versionOf('en', 'Title', en) });
    const xml = exportXliff(release, release.versions.en!);
    expect(xml).toContain(`<source>${ko.trim()}</source>`);
    expect(schemaErrors(xml)).toBe('');
    const translated = '![A red icon](images/icon.png) marks are on [the website](https://example.com/ "About the website").';
    const { text } = await roundTrip(release, `---\ntitle: "Title"\n---\n\n${en}`, (xml) =>
      xml.replace(/(<unit id="p-1">[\s\S]*?<target>)[^<]*(<\/target>)/, `$1${translated}$2`),
    );
    expect(text).toBe(`---\ntitle: "Title"\n---\n\n${translated}\n`);
  });
});

describe('an export', () => {
  it('hands over a unit the translation lacks as "initial", without a target, and tells the translator what it is', () => {
    const release = releaseOf({ ko: sample.versions.ko!, en: versionOf('en', 'Title', 'First paragraph only.\n') });
    expect(exportXliff(release, release.versions.en!)).toContain(
      '<unit id="p-2"><notes><note>Press release releases/sample, published 2024-03-05T10:00:00+09:00; unit p-2. Codes are ' +
        'formatting and links: keep them around the words they belong to.</note></notes><segment state="initial">' +
        '<source>소제목</source></segment></unit>',
    );
  });

  it('hands over a subtitle line and a summary the translation lacks as "initial" too, without a target', () => {
    const ko = { ...versionOf('ko', '제목', '문단.\n', ['첫 줄', '둘째 줄']), summary: '요약' };
    const release = releaseOf({ ko, en: versionOf('en', 'Title', 'Paragraph.\n', ['First line']) });
    const segmentOf = (id: string) =>
      new RegExp(`<unit id="${id}">.*?(<segment.*?</segment>)`).exec(exportXliff(release, release.versions.en!))![1];
    expect(segmentOf('subtitle-1')).toBe('<segment state="translated"><source>첫 줄</source><target>First line</target></segment>');
    expect(segmentOf('subtitle-2')).toBe('<segment state="initial"><source>둘째 줄</source></segment>');
    expect(segmentOf('summary')).toBe('<segment state="initial"><source>요약</source></segment>');
  });
});

describe('import refuses a file that does not match the release, naming each unit', () => {
  const without = (id: string) => (xml: string) => xml.replace(new RegExp(`<unit id="${id}">.*?</unit>`), '');
  const untranslated = (target: string) => (xml: string) => xml.replace(`<target>${target}</target>`, '');
  it.each([
    ['a missing unit', without('p-2'), 'missing units: p-2'],
    ['two missing units', (xml: string) => without('p-2')(without('title')(xml)), 'missing units: title, p-2'],
    [
      'an extra unit',
      (xml: string) => xml.replace('</file>', '<unit id="p-9"><segment><source>x</source><target>y</target></segment></unit></file>'),
      'units the release does not have: p-9',
    ],
    [
      'two extra units',
      (xml: string) =>
        xml.replace(
          '</file>',
          '<unit id="p-8"><segment><source>x</source><target>y</target></segment></unit>' +
            '<unit id="p-9"><segment><source>x</source><target>y</target></segment></unit></file>',
        ),
      'units the release does not have: p-8, p-9',
    ],
    [
      'another source language',
      (xml: string) => xml.replace('srcLang="ko"', 'srcLang="ja"'),
      'source language is "ja"; releases are translated from "ko"',
    ],
    [
      'two sources that changed since',
      (xml: string) =>
        xml.replace('<source>소제목</source>', '<source>옛 소제목</source>').replace('<source>제목</source>', '<source>옛 제목</source>'),
      'the source of title, p-2 no longer matches the current Korean original: export the release again and translate that file',
    ],
    ['an untranslated unit', untranslated('A heading'), 'units without a translation (no target, or state "initial"): p-2'],
    [
      'two untranslated units',
      (xml: string) => untranslated('A heading')(untranslated('Title')(xml)),
      'units without a translation (no target, or state "initial"): title, p-2',
    ],
    [
      'a unit a tool left at state initial',
      (xml: string) => xml.replace(/(<unit id="p-2">.*?<segment) state="translated"/, '$1 state="initial"'),
      'units without a translation (no target, or state "initial"): p-2',
    ],
    [
      'a code the source lacks',
      (xml: string) => xml.replace('<target>First', '<target><pc id="7" type="fmt">First</pc>'),
      'unit p-1: the target has a code 7 that its source does not have',
    ],
  ])('%s', async (_, edit, message) => {
    expect(await messageOf(roundTrip(sample, enSource, edit))).toBe(message);
  });
});

describe('XLIFF of an image block', () => {
  it('hands the translator the alt text and caption as Markdown, and takes the translated ones back', async () => {
    const body = (alt: string, caption: string) => `Before.\n\n![${alt}](images/photo.jpg "${caption}")\n`;
    const release: Release = {
      ...sample,
      versions: { ko: versionOf('ko', '제목', body('대체 글', '설명')), en: versionOf('en', 'Title', body('Alt text', 'Caption')) },
    };
    const source = `---\ntitle: "Title"\n---\n\n${body('Alt text', 'Caption')}`;
    const xml = exportXliff(release, release.versions.en!);
    expect(xml).toContain('<source>![대체 글](images/photo.jpg "설명")</source><target>![Alt text](images/photo.jpg "Caption")</target>');
    expect(schemaErrors(xml)).toBe('');
    const { text } = await roundTrip(release, source, (xliff) =>
      xliff.replace('>![Alt text](images/photo.jpg "Caption")<', '>![New alt](images/photo.jpg "New caption")<'),
    );
    expect(text).toContain('![New alt](images/photo.jpg "New caption")');
  });
});

describe('files as CAT tools write them back', () => {
  const p1 = (segments: string) => (xml: string) => xml.replace(/<segment state="translated"><source>첫 .*?<\/segment>/, segments);
  const source1 =
    '<source>첫 <pc id="1" type="fmt" subType="md:strong">굵은</pc> <pc id="2" type="link" subType="md:link">링크</pc> 문단.</source>';

  it('Trados: a unit split into sentence segments with the space between them as <ignorable>, reviewed and final', async () => {
    const segments =
      '<segment id="s1" state="final"><source>첫 <pc id="1" type="fmt" subType="md:strong">굵은</pc></source>' +
      '<target>The <pc id="1" type="fmt" subType="md:strong">bold</pc></target></segment>' +
      '<ignorable><source> </source></ignorable>' +
      '<segment id="s2" state="reviewed"><source><pc id="2" type="link" subType="md:link">링크</pc> ' +
      '문단.</source><target><pc id="2" type="link" subType="md:link">link</pc> first.</target></segment>';
    const { text, changed, warnings } = await roundTrip(sample, enSource, p1(segments));
    expect(changed).toEqual(['p-1']);
    expect(warnings).toEqual([]);
    expect(text).toContain('\n\nThe **bold** [link](https://example.com/a?b=1) first.\n\n');
  });

  it('memoQ: spans written as <sc>/<ec> pairs, a term marked with <mrk>, the tool’s own attributes', async () => {
    const xml = (edit: string) => (file: string) => p1(edit)(file).replace('<xliff ', '<xliff xmlns:mq="MQXliff" ');
    const segments =
      `<segment state="translated" mq:status="ManuallyConfirmed">${source1}` +
      '<target><sc id="1" type="fmt" subType="md:strong"/>Bold<ec startRef="1"/> <sc id="2" type="link" ' +
      'subType="md:link"/><mrk id="m1" type="term">link</mrk><ec startRef="2"/> paragraph.</target></segment>';
    const { text } = await roundTrip(sample, enSource, xml(segments));
    expect(text).toContain('\n\n**Bold** [link](https://example.com/a?b=1) paragraph.\n\n');
  });

  it('Phrase: a deleted span is a warning naming the unit; the words stay', async () => {
    const segments =
      `<segment state="reviewed">${source1}` +
      '<target>First bold <pc id="2" type="link" subType="md:link">link</pc> paragraph.</target></segment>';
    const { text, warnings } = await roundTrip(sample, enSource, p1(segments));
    expect(warnings).toEqual([
      'unit p-1: the target leaves out code 1 of the source (a link or formatting); the translation has none there',
    ]);
    expect(text).toContain('\n\nFirst bold [link](https://example.com/a?b=1) paragraph.\n\n');
  });

  it.each([
    [
      'an element that is not XLIFF',
      (xml: string) => xml.replace('<target>A heading', '<target><script xmlns="http://www.w3.org/1999/xhtml">pwned()</script>A heading'),
      'unit p-2: the target holds <script>, which is not XLIFF',
    ],
    [
      'an XLIFF element that has no place in a target',
      (xml: string) => xml.replace('<target>A heading', '<target><note>x</note>A heading'),
      'unit p-2: the target holds <note>, which XLIFF does not allow there',
    ],
    [
      'an <sc> without its <ec>',
      (xml: string) => xml.replace('<target>A heading', '<target><sc id="9"/>A heading'),
      'unit p-2: the start code <sc> 9 has no end code <ec>',
    ],
    [
      'overlapping <sc>/<ec> pairs',
      p1(`<segment>${source1}<target><sc id="1"/>a<sc id="2"/>b<ec startRef="1"/>c<ec startRef="2"/></target></segment>`),
      'unit p-1: the end code <ec> of 1 does not close the code opened last',
    ],
    [
      'a span where the source has a placeholder',
      (xml: string) => xml.replace('<target>A heading', '<target><ph id="1"/>A heading'),
      'unit p-2: the target has a code 1 that its source does not have',
    ],
    [
      'a state XLIFF 2.0 does not know',
      (xml: string) => xml.replace('<segment state="translated"><source>제목', '<segment state="approved"><source>제목'),
      'unit title: state "approved" is not an XLIFF 2.0 state',
    ],
    ['a DTD', (xml: string) => xml.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY x "y">]><xliff '), 'has a DTD or an entity declaration'],
    ['an entity XML does not define', (xml: string) => xml.replace('A heading', 'A&nbsp;heading'), 'is not well-formed XML'],
    [
      'two files',
      (xml: string) => xml.replace('</xliff>', '<file id="other"></file></xliff>'),
      'expected one <file> (the release), found 2',
    ],
    [
      'XLIFF 1.2',
      () => '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x"/></xliff>',
      'is not an XLIFF 2.0 file',
    ],
  ])('refuses %s in one line naming the unit', async (_, edit, message) => {
    const error = await roundTrip(sample, enSource, edit).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(XliffImportError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a file over 4 MB before parsing it', () => {
    expect(() => readXliff(`<xliff>${'x'.repeat(MAX_XLIFF_BYTES)}</xliff>`)).toThrow(
      /is 4\.0 MB; an XLIFF file of a release is at most 4 MB/,
    );
  });
});

describe('Markdown units (lists, quotes, images) trust nothing the translator sends', () => {
  const body = (items: string) => `Before.\n\n${items}\n`;
  const list = (ko: string, en: string): Release => ({
    ...sample,
    versions: { ko: versionOf('ko', '제목', body(ko)), en: versionOf('en', 'Title', body(en)) },
  });
  const release = list('- 첫째 [링크](https://example.com/)\n- 둘째', '- First [link](https://example.com/)\n- Second');
  const source = `---\ntitle: "Title"\n---\n\n${body('- First [link](https://example.com/)\n- Second')}`;
  const edit = (target: string) => (xml: string) => xml.replace(/(<unit id="p-2">[\s\S]*?<target>)[^<]*(<\/target>)/, `$1${target}$2`);

  it.each([
    ['raw HTML', '- First &lt;script&gt;alert(1)&lt;/script&gt;\n- Second', 'unit p-2: the target holds HTML (<script>)'],
    ['an iframe', '- First\n- &lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;', 'unit p-2: the target holds HTML (<iframe'],
    [
      'a javascript: link',
      '- First [link](javascript:alert(1))\n- Second',
      'unit p-2: the target links to javascript:alert(1), which its source does not',
    ],
    ['another kind of block', 'First and second.', 'unit p-2: the target must be one list like its source, not paragraph'],
  ])('refuses %s', async (_, target, message) => {
    await expect(roundTrip(release, source, edit(target))).rejects.toThrow(message);
  });

  it('takes a translated list with the source’s links', async () => {
    const { text } = await roundTrip(release, source, edit('- The first [link](https://example.com/)\n- Second'));
    expect(text).toContain('- The first [link](https://example.com/)\n- Second');
  });

  it('writes a caption holding a quotation mark so that the file still builds', async () => {
    const image = (alt: string, caption: string) => `![${alt}](images/photo.jpg "${caption}")`;
    const withImage: Release = {
      ...sample,
      versions: { ko: versionOf('ko', '제목', body(image('사진', '설명'))), en: versionOf('en', 'Title', body(image('Photo', 'Caption'))) },
    };
    const imageSource = `---\ntitle: "Title"\n---\n\n${body(image('Photo', 'Caption'))}`;
    const { text } = await roundTrip(withImage, imageSource, edit('![Photo](images/photo.jpg "The &quot;Excellent&quot; grade")'));
    const written = renderBlocks(matter(text).content);
    expect(written[1]!.image).toEqual({ src: 'images/photo.jpg', alt: 'Photo', caption: 'The "Excellent" grade' });
  });

  const long = `https://evil.example/${'x'.repeat(80)}`;
  it.each([
    ['two blocks for one', 'First.\n\nSecond.', 'unit p-2: the target must be one list like its source, not paragraph + paragraph'],
    [
      'an image the source does not show',
      '- First ![x](https://evil.example/x.png)\n- Second',
      "unit p-2: the target links to https://evil.example/x.png, which its source does not; keep the source's links and images",
    ],
    [
      'a link by reference to a definition of its own',
      '- First [link][d]\n\n  [d]: https://evil.example/\n- Second',
      "unit p-2: the target links to https://evil.example/, which its source does not; keep the source's links and images",
    ],
    [
      'a long link, named by its first 60 characters',
      `- First [link](${long})\n- Second`,
      `unit p-2: the target links to ${long.slice(0, 60)}, which its source does not; keep the source's links and images`,
    ],
    ['only spaces', '   ', 'unit p-2: the target must be one list like its source, not nothing'],
    [
      'lists nested deeper than a release may',
      `- First\n- ${'&gt; '.repeat(21)}Second`,
      'unit p-2: blockquotes and lists nest 22 deep here; at most 20 levels are allowed',
    ],
    [
      'long HTML, quoted by its first 40 characters',
      `- First &lt;span title="${'a'.repeat(60)}"&gt;\n- Second`,
      `unit p-2: the target holds HTML (<span title="${'a'.repeat(27)}); a translation is text and Markdown only`,
    ],
  ])('refuses %s, saying exactly what is wrong', async (_, target, message) => {
    expect(await messageOf(roundTrip(release, source, edit(target)))).toBe(message);
  });
});

describe('an import says exactly what is wrong, in one line', () => {
  const target1 =
    '<target>First <pc id="1" type="fmt" subType="md:strong">bold</pc> <pc id="2" type="link" subType="md:link">link</pc> paragraph.</target>';
  const withTarget1 = (target: string) => (xml: string) => xml.replace(target1, `<target>${target}</target>`);

  it.each([
    [
      'units missing and units the release lacks, both named',
      (xml: string) =>
        xml
          .replace(/<unit id="p-2">.*?<\/unit>/, '')
          .replace('</file>', '<unit id="p-9"><segment><source>x</source><target>y</target></segment></unit></file>'),
      'missing units: p-2; units the release does not have: p-9',
    ],
    [
      'a source that changed since',
      (xml: string) => xml.replace('<source>소제목</source>', '<source>옛 소제목</source>'),
      'the source of p-2 no longer matches the current Korean original: export the release again and translate that file',
    ],
    [
      'a code of another kind',
      withTarget1('First <ph id="1"/>bold <pc id="2" type="link" subType="md:link">link</pc> paragraph.'),
      'unit p-1: code 1 is a <pc> in the source and a <ph> in the target',
    ],
    [
      'a code the source lacks, inside one it has',
      withTarget1('First <pc id="1" type="fmt" subType="md:strong">bold <pc id="8" type="fmt">x</pc></pc> paragraph.'),
      'unit p-1: the target has a code 8 that its source does not have',
    ],
  ])('%s', async (_, edit, message) => {
    expect(await messageOf(roundTrip(sample, enSource, edit))).toBe(message);
  });

  it('warns of every code left out, by number', async () => {
    const { warnings } = await roundTrip(sample, enSource, withTarget1('First bold link paragraph.'));
    expect(warnings).toEqual([
      'unit p-1: the target leaves out codes 1, 2 of the source (a link or formatting); the translation has none there',
    ]);
  });

  it('keeps the front matter byte for byte when only blocks change', async () => {
    const quoted = enSource.replace('title: "Title"', "title: 'Title'");
    const { text } = await roundTrip(sample, quoted, (xml) => xml.replace('<target>A heading</target>', '<target>The heading</target>'));
    expect(text).toBe(quoted.replace('## A heading', '## The heading'));
  });

  it('refuses a translation file that has lost a block the release has', async () => {
    const short = '---\ntitle: "Title"\n---\n\nFirst **bold** [link](https://example.com/a?b=1) paragraph.\n';
    const edit = (xml: string) => xml.replace('<target>A heading</target>', '<target>The heading</target>');
    expect(await messageOf(roundTrip(sample, short, edit))).toBe('en.md has no block 2 to replace');
  });

  describe('of an image block', () => {
    const body = (image: string) => `Before.\n\n${image}\n`;
    const release: Release = {
      ...sample,
      versions: {
        ko: versionOf('ko', '제목', body('![대체 글](images/photo.jpg "설명")')),
        en: versionOf('en', 'Title', body('![Alt text](images/photo.jpg "Caption")')),
      },
    };
    const source = `---\ntitle: "Title"\n---\n\n${body('![Alt text](images/photo.jpg "Caption")')}`;
    const edit = (target: string) => (xml: string) => xml.replace('>![Alt text](images/photo.jpg "Caption")<', `>${target}<`);

    it.each([
      [
        'text that is not an image',
        'Just text',
        'unit p-2: the target must be an image like its source: ![alt text](images/photo.jpg "caption")',
      ],
      [
        'another picture',
        '![Alt](images/other.jpg "Caption")',
        "unit p-2: the target shows images/other.jpg, not the source's images/photo.jpg; keep the image",
      ],
      [
        'another picture at a long address, named by its first 60 characters',
        `![Alt](images/${'x'.repeat(80)}.jpg "Caption")`,
        `unit p-2: the target shows images/${'x'.repeat(53)}, not the source's images/photo.jpg; keep the image`,
      ],
      [
        'words before the image, which the block would lose',
        'Photo: ![Alt](images/photo.jpg "Caption")',
        'unit p-2: the target must be an image like its source: ![alt text](images/photo.jpg "caption")',
      ],
      [
        'words after the image, which the block would lose',
        '![Alt](images/photo.jpg "Caption") and more',
        'unit p-2: the target must be an image like its source: ![alt text](images/photo.jpg "caption")',
      ],
    ])('refuses %s', async (_, target, message) => {
      expect(await messageOf(roundTrip(release, source, edit(target)))).toBe(message);
    });

    it('takes an image without a caption, and alt text with Markdown escapes as the characters they stand for', async () => {
      const { text } = await roundTrip(release, source, edit('  ![New \\[alt\\]](images/photo.jpg)  '));
      expect(text).toBe(`---\ntitle: "Title"\n---\n\n${body('![New \\[alt\\]](images/photo.jpg)')}`);
    });

    it('takes an image written with more spaces than it needs', async () => {
      const { text } = await roundTrip(release, source, edit('![New alt](images/photo.jpg   "New caption" )'));
      expect(text).toBe(`---\ntitle: "Title"\n---\n\n${body('![New alt](images/photo.jpg "New caption")')}`);
    });
  });
});

describe('an import of front matter fields', () => {
  const lines = (word: string) => Array.from({ length: 10 }, (_, index) => `${word} ${index + 1}`);
  const release = releaseOf({
    ko: versionOf('ko', '제목', 'Body.\n', lines('부제')),
    en: versionOf('en', 'Title', 'Body.\n', lines('Line')),
  });
  const source = `---\ntitle: "Title"\nsubtitle:\n${lines('Line')
    .map((line) => `  - "${line}"\n`)
    .join('')}---\n\nBody.\n`;
  const edit = (id: string, target: string) => (xml: string) =>
    xml.replace(new RegExp(`(<unit id="${id}">.*?<target>)[^<]*`), `$1${target}`);

  it('puts the tenth subtitle line in its place', async () => {
    const { text } = await roundTrip(release, source, edit('subtitle-10', 'The tenth line'));
    expect(matter(text).data).toEqual({ title: 'Title', subtitle: [...lines('Line').slice(0, 9), 'The tenth line'] });
  });

  it('writes a long title on one line, as the press team writes it', async () => {
    const title = 'A title much longer than eighty characters, as the headline of a press release sometimes is';
    const { text } = await roundTrip(release, source, edit('title', title));
    expect(text.split('\n')[1]).toBe(`title: "${title}"`);
  });
});
