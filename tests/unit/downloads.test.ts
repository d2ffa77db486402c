import { rm } from 'node:fs/promises';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import mammoth from 'mammoth';
import { remark } from 'remark';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getNewsroom, getRelease } from '@/lib/content';
import { renderBlocks } from '@/lib/content/markdown';
import type { Release } from '@/lib/content/release';
import { site } from '@/lib/site';
import { renderDownload } from '@/lib/downloads/catalog';
import { downloadsOf } from '@/lib/downloads/manifest';
import { releaseDocument } from '@/lib/downloads/release-document';
import { toDocx } from '@/lib/downloads/to-docx';
import { toMarkdown } from '@/lib/downloads/to-markdown';
import { toText } from '@/lib/downloads/to-text';
import { SLUG } from '../seed';
import { readFixture, releaseOf, validFixtureWith, versionOf } from './fixtures';

const real = async () => (await getRelease(SLUG))!;
// ignoreBOM keeps the byte-order mark in the string, so the tests see it.
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const fileOf = (release: Release, name: string) => {
  const download = downloadsOf(release).find((candidate) => candidate.name === name);
  if (!download) throw new Error(`no download ${name}`);
  return renderDownload(download);
};

afterEach(() => vi.unstubAllEnvs());

describe('downloads of the real release', () => {
  it('offers each language in four formats and both languages together', async () => {
    expect(downloadsOf(await real()).map((download) => download.name.replace(`${SLUG}-`, ''))).toEqual([
      'ko.txt',
      'ko.md',
      'ko.docx',
      'ko.pdf',
      'en.txt',
      'en.md',
      'en.docx',
      'en.pdf',
      'ko-en.txt',
      'ko-en.docx',
      'ko-en.pdf',
      'press-kit.zip',
    ]);
  });

  it('plain text holds head, dateline, every block once, and the permalink, with CRLF line ends', async () => {
    const release = await real();
    const text = decode(await fileOf(release, `${SLUG}-ko.txt`));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const sections = text.slice(1).trimEnd().split('\r\n\r\n');
    const ko = release.versions.ko;
    expect(sections).toEqual([
      [ko.title, ...ko.subtitle].join('\r\n'),
      'LG이노텍 보도자료 · 2022년 9월 21일',
      ...ko.blocks.map((block) => block.text),
      `고유 링크: http://localhost:3000/ko/releases/${SLUG}`,
    ]);
    expect(text).not.toMatch(/<|&amp;|&#|\*\*|^#/m);
  });

  it('English files and the press kit say they are translations and the Korean prevails; bilingual ones are dated in both', async () => {
    const release = await real();
    const { unzipSync } = await import('fflate');
    const notice = 'This is an English translation of the Korean original. In case of any discrepancy, the Korean original prevails.';
    const textOf = async (name: string) => {
      const bytes = await fileOf(release, name);
      if (name.endsWith('.docx')) return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      if (name.endsWith('.zip')) return decode(unzipSync(bytes)[`${SLUG}/README.txt`]!);
      return decode(bytes);
    };
    for (const name of ['en.txt', 'en.md', 'en.docx', 'ko-en.txt', 'ko-en.docx', 'press-kit.zip'])
      expect(await textOf(`${SLUG}-${name}`), name).toContain(notice);
    for (const name of ['ko.txt', 'ko.md', 'ko.docx']) expect(await textOf(`${SLUG}-${name}`), name).not.toContain('translation');
    for (const name of ['ko-en.txt', 'ko-en.docx']) {
      const text = await textOf(`${SLUG}-${name}`);
      expect(text, name).toContain('LG이노텍 보도자료 · 2022년 9월 21일');
      expect(text, name).toContain('LG Innotek press release · September 21, 2022');
    }
  });

  it('the bilingual text alternates Korean and English block by block', async () => {
    const release = await real();
    const sections = decode(await fileOf(release, `${SLUG}-ko-en.txt`))
      .slice(1)
      .split('\r\n\r\n');
    const { ko, en } = release.versions;
    // Two heads, the datelines, the translation notice, then the blocks.
    expect(sections.slice(4, 8)).toEqual([ko.blocks[0]!.text, en!.blocks[0]!.text, ko.blocks[1]!.text, en!.blocks[1]!.text]);
    expect(sections.filter((section) => section === en!.blocks[10]!.text)).toHaveLength(1);
  });

  it('Markdown has front matter and the body as written', async () => {
    const release = await real();
    const markdown = decode(await fileOf(release, `${SLUG}-en.md`));
    expect(markdown.startsWith('---\n')).toBe(true);
    const [, frontMatter, body] = markdown.split(/^---$/m);
    expect(parseYaml(frontMatter!)).toEqual({
      title: release.versions.en!.title,
      date: '2022-09-21T00:00:00+09:00',
      language: 'en',
      permalink: `http://localhost:3000/en/releases/${SLUG}`,
    });
    expect(body).toContain(`# ${release.versions.en!.title}\n`);
    for (const block of release.versions.en!.blocks) expect(body).toContain(`\n\n${block.markdown}\n\n`);
  });

  it('Markdown says the headline, subtitle, notices and closing lines as they are, whatever Markdown they look like', async () => {
    const title = 'LG Innotek Publishes <Innovation Report> for `17–`22, *Best*';
    const subtitle = ['1. 동반성장지수 최우수', '# not a heading', 'a_b_c [link](x)'];
    const release = releaseOf({ ko: versionOf('ko', '제목', '본문.\n'), en: versionOf('en', title, 'Body.\n', subtitle) });
    const markdown = toMarkdown(releaseDocument(release, [release.versions.en!], await getNewsroom()));
    const tree = remark().parse(markdown.split(/^---$/m)[2]!);
    const [heading, list] = tree.children;
    expect([heading?.type, toString(heading)]).toEqual(['heading', title]);
    expect(list?.type).toBe('list');
    expect((list as List).children.map((item) => toString(item))).toEqual(subtitle);
  });

  it('the text formats give each link its address, which the page shows by linking it', async () => {
    const body =
      'Read [the report](https://example.com/report), write to [press@example.com](mailto:press@example.com) ' +
      'or see <https://example.com/plain> and [the reference][r].\n\n- an item with [a link](https://example.com/item)\n\n' +
      '[r]: https://example.com/ref\n';
    const release = releaseOf({ ko: versionOf('ko', '제목', body), en: versionOf('en', 'Title', body) });
    const sentence =
      'Read the report (https://example.com/report), write to press@example.com or see https://example.com/plain ' +
      'and the reference (https://example.com/ref).';
    const document = releaseDocument(release, [release.versions.en!], await getNewsroom());
    const text = toText(document);
    expect(text).toContain(sentence);
    expect(text).toContain('• an item with a link (https://example.com/item)');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await toDocx(document)) });
    expect(value).toContain(sentence);
    // In Korean the brackets stand close to the word, as Korean sets them.
    expect(renderBlocks('자세한 내용은 [보고서](https://example.com/report)를 참고하세요.\n')[0]!.linked?.text).toBe(
      '자세한 내용은 보고서(https://example.com/report)를 참고하세요.',
    );
    // The page's own text (descriptions, search) names no address.
    expect(release.versions.en!.blocks[0]!.text).toBe(
      'Read the report, write to press@example.com or see https://example.com/plain and the reference.',
    );
  });

  it('Markdown keeps each block what it is: two lists stay two, an indented list stays flat', async () => {
    const body = 'Intro.\n\n  - first item\n  - second item\n\nMiddle.\n\n- a\n- b\n\n<!-- two lists -->\n\n- c\n- d\n';
    const release = releaseOf({ ko: versionOf('ko', '제목', body), en: versionOf('en', 'Title', body) });
    const markdown = toMarkdown(releaseDocument(release, [release.versions.en!], await getNewsroom()));
    const written = renderBlocks(markdown.split(/^---$/m)[2]!).filter((block) => block.kind.startsWith('list'));
    expect(written.map((block) => block.items!.map((item) => [item.text, item.depth]))).toEqual([
      [
        ['first item', 0],
        ['second item', 0],
      ],
      [
        ['a', 0],
        ['b', 0],
      ],
      [
        ['c', 0],
        ['d', 0],
      ],
    ]);
  });

  it('the Word document holds the release paragraphs in order', async () => {
    const release = await real();
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await fileOf(release, `${SLUG}-ko.docx`)) });
    const paragraphs = value.split('\n').filter((line) => line.trim() !== '');
    const ko = release.versions.ko;
    expect(paragraphs).toEqual([
      ko.title,
      ...ko.subtitle,
      'LG이노텍 보도자료 · 2022년 9월 21일',
      ...ko.blocks.map((block) => block.text),
      `고유 링크: http://localhost:3000/ko/releases/${SLUG}`,
    ]);
  });

  it('the Word document lays Korean out as Word does: no space beside Hangul, no slanted Hangul, the organisation as author', async () => {
    const release = await real();
    const { default: JSZip } = await import('jszip');
    for (const name of [`${SLUG}-ko.docx`, `${SLUG}-ko-en.docx`]) {
      const zip = await JSZip.loadAsync(await fileOf(release, name));
      // As the document's paragraph default, where LibreOffice reads it; no paragraph turns it back on.
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles, name).toContain(
        '<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="false"/><w:autoSpaceDN w:val="false"/></w:pPr></w:pPrDefault>',
      );
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml, name).not.toMatch(/<w:autoSpaceD[EN](?! w:val="false")/);
      const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
      for (const paragraph of paragraphs) {
        // A run in Korean is never italic.
        if (paragraph.includes('w:val="ko-KR"')) expect(paragraph, name).not.toMatch(/<w:i\/>|<w:i w:val="true"\/>/);
      }
      const core = await zip.file('docProps/core.xml')!.async('string');
      expect(core, name).toContain('<dc:creator>LG이노텍</dc:creator>');
      expect(core, name).toContain('<cp:lastModifiedBy>LG이노텍</cp:lastModifiedBy>');
    }
  });

  it('the Word document links its permalink', async () => {
    const release = await real();
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await fileOf(release, `${SLUG}-en.docx`));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const id = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(xml)?.[1];
    expect(id).toBeDefined();
    expect(rels).toContain(
      `Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ` +
        `Target="http://localhost:3000/en/releases/${SLUG}" TargetMode="External"`,
    );
  });

  it('the Word document is marked Korean with an East Asian font hint', async () => {
    const release = await real();
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await fileOf(release, `${SLUG}-ko.docx`));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:lang w:val="ko-KR" w:eastAsia="ko-KR"');
    expect(xml).toContain('w:hint="eastAsia"');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:creator>LG이노텍</dc:creator>');
  });

  it('the English files name the organisation in English', async () => {
    const release = await real();
    const text = decode(await fileOf(release, `${SLUG}-en.txt`));
    expect(text).toContain('\r\n\r\nLG Innotek press release · September 21, 2022\r\n\r\n');
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await fileOf(release, `${SLUG}-en.docx`));
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:creator>LG Innotek</dc:creator>');
  });
});

describe('downloads of other releases', () => {
  it('give a link within the site its full address, where the page can leave it relative', async () => {
    const dir = await validFixtureWith({
      'releases/korean-only/ko.md':
        '---\ntitle: 한국어로만 낸 보도자료\n---\n\n[지난 보도자료](/ko/releases/first-release)와 [같은 폴더의 글](first-release), ' +
        '[아래 문단](#p-2), [외부 자료](https://example.com/report)를 보세요.\n\n둘째 문단입니다. [/ko](/ko)\n',
    });
    const release = (await getRelease('korean-only'))!;
    const at = (path: string) => new URL(path, site.url).href;
    const sentence =
      `지난 보도자료(${at('/ko/releases/first-release')})와 같은 폴더의 글(${at('/ko/releases/first-release')}), ` +
      `아래 문단(${at('/ko/releases/korean-only#p-2')}), 외부 자료(https://example.com/report)를 보세요.`;
    expect(decode(await fileOf(release, 'korean-only-ko.txt'))).toContain(sentence);
    // A link that says its own path still gets the address a file's reader can follow.
    expect(decode(await fileOf(release, 'korean-only-ko.txt'))).toContain(`둘째 문단입니다. /ko (${at('/ko')})`);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await fileOf(release, 'korean-only-ko.docx')) });
    expect(value).toContain(sentence);
    expect(decode(await fileOf(release, 'korean-only-ko.md'))).toContain(
      `[지난 보도자료](${at('/ko/releases/first-release')})와 [같은 폴더의 글](${at('/ko/releases/first-release')}), ` +
        `[아래 문단](${at('/ko/releases/korean-only#p-2')}), [외부 자료](https://example.com/report)를 보세요.`,
    );
    // The page follows them where they are written.
    expect(release.versions.ko!.blocks[0]!.html).toContain('href="#p-2"');
    await rm(dir, { recursive: true });
  });

  it('close with the boilerplate and the media contacts in each language', async () => {
    readFixture('valid');
    const release = (await getRelease('first-release'))!;
    const ko = decode(await fileOf(release, 'first-release-ko.txt'))
      .trimEnd()
      .split('\r\n\r\n')
      .at(-1);
    const en = decode(await fileOf(release, 'first-release-en.txt'))
      .trimEnd()
      .split('\r\n\r\n')
      .at(-1);
    expect(ko).toBe(
      [
        '예시전자 소개: 예시전자는 테스트를 위해 만든 가상의 회사입니다. 실제 회사와 관계가 없습니다.',
        '보도 문의: 김보도 (홍보팀 책임), press@example.com, +82-2-555-0100',
        '고유 링크: http://localhost:3000/ko/releases/first-release',
      ].join('\r\n'),
    );
    expect(en).toBe(
      [
        'About Example Corp: Example Corp is a fictitious company made up for tests. It is not related to any real company.',
        'Media inquiries: Bodo Kim (Head of Communications), press@example.com, +82-2-555-0100',
        'Permalink: http://localhost:3000/en/releases/first-release',
      ].join('\r\n'),
    );
  });

  it('carry its corrections in every format, a note not yet translated in the original, as the page shows it', async () => {
    readFixture('valid');
    const release = (await getRelease('first-release'))!;
    const english = ['Updated March 7, 2024: 첫 문단의 표현을 고쳤습니다.', 'Updated March 6, 2024: The subheading was corrected.'];
    const korean = ['2024년 3월 7일 수정: 첫 문단의 표현을 고쳤습니다.', '2024년 3월 6일 수정: 소제목을 바로잡았습니다.'];
    const text = async (name: string) => decode(await fileOf(release, name));
    for (const [name, lines] of [
      ['first-release-en.txt', english],
      ['first-release-ko.txt', korean],
      ['first-release-ko-en.txt', [...korean, ...english]],
    ] as const)
      expect((await text(name)).split('\r\n\r\n'), name).toContain(lines.join('\r\n'));
    expect(await text('first-release-en.md')).toContain(english.join('\\\n'));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await fileOf(release, 'first-release-en.docx')) });
    for (const line of english) expect(value).toContain(line);
  });

  it('mark a translated paragraph whose original changed since, in every format, as the page does', async () => {
    readFixture('valid');
    const release = (await getRelease('first-release'))!;
    const note =
      'The Korean original of this paragraph was updated; this translation is being revised. ' +
      'Read the Korean original: http://localhost:3000/ko/releases/first-release#p-1';
    const text = async (name: string) => decode(await fileOf(release, name));
    for (const name of ['first-release-en.txt', 'first-release-ko-en.txt']) {
      const sections = (await text(name)).split('\r\n\r\n');
      expect(sections[sections.indexOf('The first paragraph.') + 1], name).toBe(note);
      expect(
        sections.filter((section) => section === note),
        name,
      ).toHaveLength(1);
    }
    expect(await text('first-release-ko.txt')).not.toContain('revised');
    expect(await text('first-release-en.md')).toContain(`The first paragraph.\n\n> ${note}\n`);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await fileOf(release, 'first-release-en.docx')) });
    expect(value).toContain(note);
  });

  it('a Korean-only release has no English or bilingual files', async () => {
    readFixture('valid');
    const names = downloadsOf((await getRelease('korean-only'))!).map((download) => download.name);
    expect(names).toEqual([
      'korean-only-ko.txt',
      'korean-only-ko.md',
      'korean-only-ko.docx',
      'korean-only-ko.pdf',
      'korean-only-press-kit.zip',
    ]);
  });
});

describe('the press kit', () => {
  it('holds a README in each language and every other download, byte for byte, in a folder named by the slug', async () => {
    const release = await real();
    const { unzipSync } = await import('fflate');
    const entries = unzipSync(await fileOf(release, `${SLUG}-press-kit.zip`));
    const others = downloadsOf(release).filter((download) => download.format !== 'zip');
    expect(Object.keys(entries).sort()).toEqual([`${SLUG}/README.txt`, ...others.map((download) => `${SLUG}/${download.name}`)].sort());
    for (const download of others)
      expect(Buffer.from(entries[`${SLUG}/${download.name}`]!).equals(Buffer.from(await renderDownload(download))), download.name).toBe(
        true,
      );
    const readme = decode(entries[`${SLUG}/README.txt`]!);
    expect(readme).toContain('보도자료 키트: LG이노텍, 협력사 상생으로 고객경험 혁신할 것');
    expect(readme).toContain('Press kit: LG Innotek to Transform Customer Experience');
    expect(readme).toContain(`- ${SLUG}-ko-en.pdf: 국영문 대조, PDF`);
    expect(readme).toContain(`- ${SLUG}-en.docx: English, Word`);
    expect(readme).toContain(`고유 링크: `);
  });

  it('is the same bytes from a fresh build, dated by the release in Korea whatever the machine’s zone', async () => {
    const first = await fileOf(await real(), `${SLUG}-press-kit.zip`);
    vi.resetModules();
    vi.stubEnv('TZ', 'America/Los_Angeles');
    const catalog = await import('@/lib/downloads/catalog');
    const manifest = await import('@/lib/downloads/manifest');
    const queries = await import('@/lib/content');
    const again = await catalog.renderDownload(
      manifest.downloadsOf((await queries.getRelease(SLUG))!).find((download) => download.format === 'zip')!,
    );
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });
});

describe('emphasis in a Word document', () => {
  const body =
    '**About the program**\n\nThe index is *new* this year, and [**the report**](https://example.com/r) says more.\n\n' +
    '- a **bold** item\n  - a nested *slanted* one\n';
  const release = releaseOf({
    ko: versionOf('ko', '강조', '올해 **처음** 발표한 *지수*입니다.\n'),
    en: versionOf('en', 'Emphasis', body),
  });
  const html = async (locale: 'ko' | 'en') =>
    (
      await mammoth.convertToHtml({
        buffer: Buffer.from(await toDocx(releaseDocument(release, [release.versions[locale]!], await getNewsroom()))),
      })
    ).value;

  it('keeps bold and italics where the release sets them, in paragraphs, links and list items', async () => {
    const value = await html('en');
    expect(value).toContain('<p><strong>About the program</strong></p>');
    expect(value).toContain(
      '<p>The index is <em>new</em> this year, and <strong>the report</strong> (https://example.com/r) says more.</p>',
    );
    expect(value).toContain('<ul><li>a <strong>bold</strong> item<ul><li>a nested <em>slanted</em> one</li></ul></li></ul>');
  });

  it('marks Korean emphasis with dots over the syllables, as Korean sets it, not by slanting Hangul', async () => {
    const { default: JSZip } = await import('jszip');
    const docx = await toDocx(releaseDocument(release, [release.versions.ko], await getNewsroom()));
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const runOf = (text: string) => xml.match(new RegExp(`<w:r>(?:(?!<w:r>).)*?<w:t[^>]*>${text}</w:t>`))?.[0] ?? '';
    expect(runOf('처음')).toContain('<w:b/>');
    expect(runOf('지수')).toContain('<w:em w:val="dot"/>');
    expect(runOf('지수')).not.toContain('<w:i/>');
    expect(runOf('발표한 ')).not.toMatch(/<w:b\/>|<w:em /);
  });
});

describe('a list in the text formats', () => {
  const release = releaseOf({
    ko: versionOf('ko', '목록', '첫 문단.\n\n- 상위 항목\n  - 하위 항목\n\n  덧붙임.\n- 둘째 항목\n  이어지는 줄\n\n3. 셋째\n4. 넷째\n'),
  });
  const document = async () => releaseDocument(release, [release.versions.ko], await getNewsroom());

  it('reads in plain text as on the page: bullets, its numbers, nested items under their parent’s words', async () => {
    const text = toText(await document());
    expect(text).toContain(
      '\r\n\r\n첫 문단.\r\n\r\n• 상위 항목\r\n  • 하위 항목\r\n  덧붙임.\r\n• 둘째 항목 이어지는 줄\r\n\r\n3. 셋째\r\n4. 넷째\r\n\r\n',
    );
  });

  it('is a Word list, bulleted or numbered from its first number, nested a level down', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(await toDocx(await document())) });
    expect(value).toContain(
      '<p>첫 문단.</p><ul><li>상위 항목<ul><li>하위 항목</li></ul></li></ul><p>덧붙임.</p><ul><li>둘째 항목 이어지는 줄</li></ul><ol><li>셋째</li><li>넷째</li></ol>',
    );
    const { default: JSZip } = await import('jszip');
    const numbering = await (await JSZip.loadAsync(await toDocx(await document()))).file('word/numbering.xml')!.async('string');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    expect(numbering).toMatch(
      /<w:num w:numId="\d+"><w:abstractNumId w:val="\d+"\/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"\/>/,
    );
  });

  it('numbers each nested Word list from its own first number, not on from the list before it', async () => {
    const nested = releaseOf({ ko: versionOf('ko', '목록', '- 1차 협력사\n  1. 가\n  2. 나\n- 2차 협력사\n\n  5. 다\n') });
    const docx = await toDocx(releaseDocument(nested, [nested.versions.ko], await getNewsroom()));
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const numberOf = (text: string) =>
      /<w:numId w:val="(\d+)"\/>/.exec(xml.match(/<w:p>[\s\S]*?<\/w:p>/g)!.find((p) => p.includes(text))!)![1]!;
    expect(numberOf('가')).toBe(numberOf('나'));
    expect(numberOf('다')).not.toBe(numberOf('가'));
    // Word counts a list from its w:num's start, which for 다's says 5 at level 1.
    expect(numbering).toMatch(new RegExp(`<w:num w:numId="${numberOf('다')}">.*?<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/>`));
  });

  it('keeps every heading a heading, as deep as it is written, under the headline', async () => {
    const headings = releaseOf({ ko: versionOf('ko', '제목', '# 하나\n\n### 셋\n\n#### 넷\n\n###### 여섯\n') });
    const docx = await toDocx(releaseDocument(headings, [headings.versions.ko], await getNewsroom()));
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(value).toContain('<h1>제목</h1>');
    expect(value).toContain('<h2>하나</h2><h3>셋</h3><h4>넷</h4><h6>여섯</h6>');
  });

  it('keeps a block one Word paragraph, a line it breaks a line break in it', async () => {
    const lines = releaseOf({ ko: versionOf('ko', '주소', '주소: 서울시 강서구  \n전화: 02-1234-5678\n') });
    const docx = await toDocx(releaseDocument(lines, [lines.versions.ko], await getNewsroom()));
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(value).toContain('<p>주소: 서울시 강서구<br />전화: 02-1234-5678</p>');
  });
});
