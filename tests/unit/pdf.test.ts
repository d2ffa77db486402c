import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { getNewsroom, getRelease } from '@/lib/content';
import { releaseDocument } from '@/lib/downloads/release-document';
import { toPdf } from '@/lib/downloads/to-pdf';
import { SLUG } from '../seed';

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
  const document = releaseDocument(release, locales.map((locale) => release.versions[locale]!), await getNewsroom());
  return { document, bytes: await toPdf(document) };
}

describe('the PDF of a release', () => {
  it.each([['ko'], ['en']] as const)('%s: holds the release text block by block, in reading order, with title and language set', async (locale) => {
    const { document, bytes } = await pdfOf([locale]);
    const { text, artifacts, info } = await extract(bytes);
    const expected = [
      document.organization,
      ...document.heads.flatMap((head) => [head.title, ...head.subtitle]),
      document.dateline.text,
      ...document.body.map(({ block }) => (block.kind.startsWith('list') ? block.text.split('\n').map((item) => `• ${item}`).join('\n') : block.text)),
      ...document.closing.map((line) => `${line.label}: ${line.value}`),
    ];
    // Lines end where the text has a space: a line broken inside a Korean word would put a space inside it here.
    expect(normalize(text)).toBe(normalize(expected.join('\n')));
    expect(artifacts.filter((item) => item.startsWith('¶'))).toEqual(document.body.map((_, index) => `¶${index + 1}`));
    expect(info.Title).toBe(document.heads[0]!.title);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \((ko-KR|en-US)\)/);
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
