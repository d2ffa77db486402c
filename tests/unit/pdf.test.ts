import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { getNewsroom, getRelease } from '@/lib/content';
import { releaseDocument } from '@/lib/downloads/release-document';
import { keepAllLines } from '@/lib/downloads/line-breaks';
import { toPdf } from '@/lib/downloads/to-pdf';
import { SLUG } from '../seed';
import { readFixture, releaseOf, versionOf } from './fixtures';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a PDF reader extracts, page by page in reading order, without artifacts (paragraph numbers, footers). */
async function extract(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const info = (await pdf.getMetadata()).info as unknown as { Title?: string };
  const lines: string[] = [];
  const artifacts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent({ includeMarkedContent: true });
    // The tags of the marked content the reader is inside: text under an Artifact is not the document's.
    const open: string[] = [];
    for (const item of content.items as (TextItem | TextMarkedContent)[]) {
      if ('type' in item) {
        // pdf.js reports the tag, though its types leave it out.
        if (item.type.startsWith('beginMarkedContent')) open.push((item as { tag?: string }).tag ?? '');
        else if (item.type === 'endMarkedContent') open.pop();
      } else if (item.str.trim()) (open.includes('Artifact') ? artifacts : lines).push(item.str);
    }
  }
  // A line may end after a hyphen (self-|reliance): the word goes on in the next line.
  const text = lines.join('\n').replace(/-\n/g, '-');
  return { text, artifacts, info, pages: pdf.numPages };
}

async function pdfOf(locales: ('ko' | 'en')[]) {
  const release = (await getRelease(SLUG))!;
  const document = releaseDocument(
    release,
    locales.map((locale) => release.versions[locale]!),
    await getNewsroom(),
  );
  return { document, bytes: await toPdf(document) };
}

describe('the PDF of a release', () => {
  it.each([['ko'], ['en']] as const)(
    '%s: holds the release text block by block, in reading order, with title and language set',
    async (locale) => {
      const { document, bytes } = await pdfOf([locale]);
      const { text, artifacts, info } = await extract(bytes);
      const expected = [
        document.organization,
        ...document.heads.flatMap((head) => [head.title, ...head.subtitle]),
        ...document.datelines.map(({ text }) => text),
        ...document.notices.map(({ text }) => text),
        ...document.body.map(({ block }) => block.text),
        ...document.closing.map((line) => `${line.label}: ${line.value}`),
      ];
      // Lines end where the text has a space: a line broken inside a Korean word would put a space inside it here.
      expect(normalize(text)).toBe(normalize(expected.join('\n')));
      expect(artifacts.filter((item) => item.startsWith('¶'))).toEqual(document.body.map((_, index) => `¶${index + 1}`));
      expect(info.Title).toBe(document.heads[0]!.title);
      expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \((ko-KR|en-US)\)/);
    },
  );

  it('sets a list as on the page: bullets, its numbers, each item on a line of its own', async () => {
    const release = releaseOf({ ko: versionOf('ko', '목록', '- 상위 항목\n  - 하위 항목\n- 둘째 항목\n\n3. 셋째\n4. 넷째\n') });
    const { text } = await extract(await toPdf(releaseDocument(release, [release.versions.ko], await getNewsroom())));
    expect(normalize(text)).toContain('• 상위 항목 • 하위 항목 • 둘째 항목 3. 셋째 4. 넷째');
  });

  it('tags a list as PDF/UA asks: a list of items, each its label and its body', async () => {
    const release = releaseOf({ ko: versionOf('ko', '목록', '문단.\n\n- 첫째\n- 둘째\n') });
    const bytes = await toPdf(releaseDocument(release, [release.versions.ko], await getNewsroom()));
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    type Node = { role?: string; children?: Node[] };
    const roles = (node: Node): unknown =>
      node.children?.some((child) => child.role) ? { [node.role!]: node.children.filter((child) => child.role).map(roles) } : node.role;
    const tree = (await (await pdf.getPage(1)).getStructTree()) as Node;
    const document = (roles(tree) as { Root: { Document: unknown[] }[] }).Root[0]!.Document;
    expect(document).toContainEqual({ L: [{ LI: ['Lbl', 'LBody'] }, { LI: ['Lbl', 'LBody'] }] });
  });

  it('embeds subset fonts and is the same bytes every time', async () => {
    const { bytes } = await pdfOf(['ko', 'en']);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR/);
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/StructTreeRoot');
    expect(Buffer.from((await pdfOf(['ko', 'en'])).bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(bytes.byteLength).toBeLessThan(400 * 1024);
  });

  it('bilingual: each Korean block stands above its translation, under one number', async () => {
    const { bytes, document } = await pdfOf(['ko', 'en']);
    const { text, artifacts } = await extract(bytes);
    const flat = normalize(text);
    let at = 0;
    for (const { block } of document.body) {
      const found = flat.indexOf(normalize(block.text), at);
      expect(found, block.text.slice(0, 30)).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(artifacts.filter((item) => item.startsWith('¶'))).toHaveLength(document.body.length / 2);
  });
});

describe('a translation whose original changed since', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is marked under its paragraph, as the page marks it', async () => {
    readFixture('valid');
    const release = (await getRelease('first-release'))!;
    const { text } = await extract(await toPdf(releaseDocument(release, [release.versions.en!], await getNewsroom())));
    expect(normalize(text)).toContain(
      'The first paragraph. The Korean original of this paragraph was updated; this translation is being revised. ' +
        'Read the Korean original: http://localhost:3000/ko/releases/first-release#p-1',
    );
  });
});

describe('letters Noto Sans KR lacks', () => {
  it('sets names in Latin Extended-A (Łódź, Erdoğan, İstanbul, Škoda) in a face that has them, leaving none out', async () => {
    const sentence = 'Mr. Erdoğan met Škoda in İstanbul, then visited Łódź and Győr.';
    const release = releaseOf({ ko: versionOf('ko', '방문', '방문했다.\n'), en: versionOf('en', 'A visit to Łódź', `${sentence}\n`) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const bytes = await toPdf(releaseDocument(release, [release.versions.en!], await getNewsroom()));
      const { text } = await extract(bytes);
      expect(normalize(text)).toContain('A visit to Łódź');
      expect(normalize(text)).toContain(sentence);
      expect(warn).not.toHaveBeenCalled();
      // Each word in one face: Łódź is not drawn half in one, half in the other.
      expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+Pretendard/);
    } finally {
      warn.mockRestore();
    }
  });

  it('a release without them embeds Noto Sans KR alone', async () => {
    const raw = Buffer.from((await pdfOf(['ko', 'en'])).bytes).toString('latin1');
    expect(raw).not.toContain('Pretendard');
  });

  it('still leaves out, and names, what no face has (emoji)', async () => {
    const release = releaseOf({ ko: versionOf('ko', '이모지', '축하합니다 🎉\n') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { text } = await extract(await toPdf(releaseDocument(release, [release.versions.ko], await getNewsroom())));
      expect(normalize(text)).toContain('축하합니다');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('🎉'));
    } finally {
      warn.mockRestore();
    }
  });
});

describe('PDF/UA', () => {
  it.each([
    [['ko'], 'ko-KR'],
    [['en'], 'en-US'],
    [['ko', 'en'], 'ko-KR</rdf:li><rdf:li>en-US'],
  ] as const)('%j declares PDF/UA-1, its languages and its modify date in the XMP', async (locales, languages) => {
    const { bytes } = await pdfOf([...locales]);
    const raw = Buffer.from(bytes).toString('utf8');
    const xmp = raw.slice(raw.indexOf('<x:xmpmeta'), raw.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${languages}</rdf:li></rdf:Bag></dc:language>`);
    expect(xmp).toContain('<xmp:ModifyDate>2022-09-20T15:00:00Z</xmp:ModifyDate>');
  });
});

describe('a paragraph that runs onto a new page', () => {
  it('keeps its colour there: the English of the bilingual PDF stays grey', async () => {
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const { bytes } = await pdfOf(['ko', 'en']);
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    /** The colour set last before a page's first text: what that text is drawn in (none set: black). */
    async function openingColour(number: number) {
      const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
      const firstText = fnArray.findIndex((op) => op === OPS.showText);
      return (
        fnArray
          .slice(0, firstText)
          .flatMap((op, index) => (op === OPS.setFillRGBColor ? [argsArray[index][0] as string] : []))
          .at(-1) ?? 'black'
      );
    }
    const colours = await Promise.all(Array.from({ length: pdf.numPages - 1 }, (_, index) => openingColour(index + 2)));
    expect(
      colours.every((colour) => colour === '#1c1917' || colour === '#57534e'),
      colours.join(' '),
    ).toBe(true);
    // Page 3 opens inside an English paragraph (the text is the same release's, so the page breaks are too).
    expect(colours[1]).toBe('#57534e');
  });
});

describe('bold in a PDF', () => {
  it('sets what the release makes strong in the bold face, its lines within the margin, its text in order', async () => {
    const words = Array.from({ length: 60 }, (_, index) => (index % 2 ? `**strongword${index}**` : `plain${index}`));
    const body = `${words.join(' ')}\n\n- an item with **bold** words\n`;
    const release = releaseOf({ ko: versionOf('ko', '굵게', '**굵은** 글씨.\n\n- 항목\n'), en: versionOf('en', 'Bold', body) });
    const bytes = await toPdf(releaseDocument(release, [release.versions.en!], await getNewsroom()));
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    const page = await pdf.getPage(1);
    const items = ((await page.getTextContent()).items as TextItem[]).filter((item) => item.str.trim());
    const faceOf = (text: string) => items.find((item) => item.str.includes(text))!.fontName;
    const [bold, regular] = [faceOf('Bold'), faceOf('plain0')];
    expect(bold).not.toBe(regular);
    expect(faceOf('strongword1')).toBe(bold);
    expect(faceOf('strongword59')).toBe(bold);
    expect(faceOf('plain58')).toBe(regular);
    expect(items.find((item) => item.str.trim() === 'bold')?.fontName).toBe(bold);
    // Measured as set: no line runs past the right margin (64 pt).
    const { width } = page.getViewport({ scale: 1 });
    for (const item of items) expect(item.transform[4] + item.width, item.str).toBeLessThanOrEqual(width - 64 + 0.5);
    expect(normalize((await extract(bytes)).text)).toContain(normalize(release.versions.en!.blocks[0]!.text));
  });
});

describe('bold in a PDF, line by line', () => {
  const itemsOf = async (body: string) => {
    const release = releaseOf({ ko: versionOf('ko', '굵게', '글.\n'), en: versionOf('en', 'Bold', body) });
    const bytes = await toPdf(releaseDocument(release, [release.versions.en!], await getNewsroom()));
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    return ((await (await pdf.getPage(1)).getTextContent()).items as TextItem[]).filter((item) => item.str.trim());
  };

  it('stays on its own words when a later line says the same', async () => {
    const items = await itemsOf(`**alpha** ${Array.from({ length: 40 }, () => 'alpha').join(' ')}\n`);
    const bold = items.find((item) => item.str === 'Bold')!.fontName;
    const lines = new Set(items.filter((item) => item.str.includes('alpha')).map((item) => item.transform[5]));
    expect(lines.size).toBeGreaterThan(2);
    expect(items.filter((item) => item.fontName === bold && item.str.includes('alpha')).map((item) => item.str)).toEqual(['alpha']);
  });

  it('leaves the words of each list item where the marks leave them', async () => {
    const items = await itemsOf('- plain item\n- a **bold** item\n');
    expect(items.find((item) => item.str === 'a')!.transform[4]).toBeCloseTo(
      items.find((item) => item.str === 'plain item')!.transform[4],
      2,
    );
  });
});

describe('compounds', () => {
  it('a hyphenated word is never broken at its hyphen, so the text layer keeps it whole', async () => {
    const { bytes } = await pdfOf(['en']);
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    const lines: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      for (const item of (await (await pdf.getPage(number)).getTextContent()).items as TextItem[]) if (item.str) lines.push(item.str);
    }
    expect(lines.filter((line) => /\p{L}-$/u.test(line.trimEnd()))).toEqual([]);
    expect(lines.join(' ')).toContain('self-reliance');
  });
});

describe('the permalink', () => {
  it.each([[['ko']], [['en']], [['ko', 'en']]] as const)(
    '%j: is a link, tagged as PDF/UA asks (a Link element holding its text and annotation, described)',
    async (locales) => {
      const { document, bytes } = await pdfOf([...locales]);
      const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
      const links = [];
      for (let number = 1; number <= pdf.numPages; number++)
        links.push(...(await (await pdf.getPage(number)).getAnnotations()).filter((annotation) => annotation.subtype === 'Link'));
      const permalinks = document.closing.filter((line) => line.kind === 'permalink');
      expect(permalinks).toHaveLength(locales.length);
      expect(links.map((link) => link.url)).toEqual(permalinks.map((line) => line.value));
      expect(links.map((link) => link.contentsObj.str)).toEqual(permalinks.map((line) => `${line.label}: ${line.value}`));
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw.match(/\/S \/Link/g)).toHaveLength(locales.length);
      expect(raw.match(/\/Type \/OBJR/g)).toHaveLength(locales.length);
      expect(raw.match(/\/StructParent \d+/g)).toHaveLength(locales.length);
    },
  );
});

describe('the lines of a PDF paragraph', () => {
  // A character is a unit wide: the widths of real faces change nothing of where a word may break.
  const measure = (text: string) => [...text].length;

  it('break between words only, as the page sets Korean: never inside LG이노텍, 2022년 or ESG경영', () => {
    expect(keepAllLines('주식회사 LG이노텍은 2022년에 ESG경영을 코로나19로', 9, measure)).toEqual([
      '주식회사 ',
      'LG이노텍은 ',
      '2022년에 ',
      'ESG경영을 ',
      '코로나19로',
    ]);
  });

  it('keep the space a line ends at, so the text a reader copies or hears keeps its words apart', () => {
    expect(keepAllLines('one two three', 8, measure)).toEqual(['one two ', 'three']);
    expect(keepAllLines('one\ntwo', 20, measure)).toEqual(['one', 'two']);
  });
});
