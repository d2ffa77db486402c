import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type IRunOptions,
  type NumberingDefinition,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Locale } from 'next-intl';
import { regionalTags } from '@/lib/i18n/routing';
import type { Block } from '@/lib/content/markdown';
import { lastModified } from '@/lib/content/release';
import { closingText, type ClosingLine, type ReleaseDocument } from './release-document';
import { zipTime } from './zip-time';

// Word picks fonts and proofing by run: Korean runs get the Korean language and an East Asian
// font hint, so Word and Hangul set them in a Korean face rather than a fallback.
const runStyle: Record<Locale, Pick<IRunOptions, 'language' | 'font'>> = {
  ko: {
    language: { value: regionalTags.ko, eastAsia: regionalTags.ko },
    font: { ascii: 'Malgun Gothic', hAnsi: 'Malgun Gothic', eastAsia: 'Malgun Gothic', hint: 'eastAsia' },
  },
  en: {
    language: { value: regionalTags.en, eastAsia: regionalTags.ko },
    font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Malgun Gothic' },
  },
};

const headingLevels = {
  'heading-1': HeadingLevel.HEADING_2,
  'heading-2': HeadingLevel.HEADING_2,
  'heading-3': HeadingLevel.HEADING_3,
} as const;

// Italic is a Latin convention: a word processor slants Hangul by shearing it, which no Korean
// typesetter does. Korean subtitle lines stay upright.
const slanted = (locale: Locale) => locale !== 'ko';

/**
 * Word's numbering of an ordered list whose first item is `start`: `1.` at each level, indented
 * as the docx package indents its bullets.
 */
const numbered = (start: number): NumberingDefinition => ({
  reference: `numbered-from-${start}`,
  levels: Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  })),
});

/** Where a list item sits: its list (`instance`, one per list block), its level, and its first number if it is ordered. */
type ListPlace = { instance: number; level: number; start?: number };

type ParagraphOptions = { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; italics?: boolean; list?: ListPlace };

/** A paragraph of `text`, its lines parted by line breaks; `link`, the text's end, a link. */
function paragraph(locale: Locale, text: string, options: ParagraphOptions = {}, link?: string) {
  const run = (words: string, style?: string) =>
    words.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          style,
          italics: options.italics && slanted(locale),
          ...runStyle[locale],
        }),
    );
  const { list } = options;
  return new Paragraph({
    heading: options.heading,
    // Word's built-in bullet (the docx package defines its numbering), or a numbered list.
    ...(list &&
      (list.start === undefined
        ? { bullet: { level: list.level } }
        : { numbering: { reference: numbered(list.start), level: list.level, instance: list.instance } })),
    spacing: { after: 160 },
    children: link ? [...run(text.slice(0, -link.length)), new ExternalHyperlink({ link, children: run(link, 'Hyperlink') })] : run(text),
  });
}

/** A block's paragraph, or a list's items, a paragraph each in its place in the list. */
function blockParagraphs(locale: Locale, block: Block, instance: number): Paragraph[] {
  if (!block.items) return [paragraph(locale, block.text, { heading: headingLevels[block.kind as keyof typeof headingLevels] })];
  const start = block.items.find((item) => item.depth === 0)?.number ?? 1;
  return block.items.map((item) =>
    paragraph(locale, item.text, { list: { instance, level: item.depth, start: item.number === undefined ? undefined : start } }),
  );
}

/** A closing line; the permalink is a link a reader can click. */
const closingParagraph = (line: ClosingLine) =>
  paragraph(line.locale, closingText(line), {}, line.kind === 'permalink' ? line.value : undefined);

/**
 * No space added between Hangul and Latin letters or digits ("LG이노텍", "17년" as written), as
 * the document's default for every paragraph: LibreOffice reads it there and not from a
 * paragraph's own properties (where the docx package writes autoSpaceDN out of the schema's
 * order, and no autoSpaceDE).
 */
const NO_AUTO_SPACE = '<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="false"/><w:autoSpaceDN w:val="false"/></w:pPr></w:pPrDefault>';

/**
 * What the docx package cannot say. It stamps the file with the clock (its core properties and
 * every part's time): the release's own dates go in instead, so the same release gives the same
 * bytes (for ETags and the press kit). It writes no paragraph defaults (NO_AUTO_SPACE). And it
 * names a link's relation at random.
 */
function finished(docx: Uint8Array, created: string, modified: string): Uint8Array {
  const parts = unzipSync(docx);
  const stamp = (xml: string, element: string, iso: string) =>
    xml.replace(new RegExp(`(<dcterms:${element}[^>]*>)[^<]*`), `$1${new Date(iso).toISOString()}`);
  parts['docProps/core.xml'] = strToU8(stamp(stamp(strFromU8(parts['docProps/core.xml']!), 'created', created), 'modified', modified));
  const styles = strFromU8(parts['word/styles.xml']!);
  if (!styles.includes('<w:pPrDefault/>'))
    throw new Error('the docx package no longer writes an empty <w:pPrDefault/>: set the paragraph defaults another way');
  parts['word/styles.xml'] = strToU8(styles.replace('<w:pPrDefault/>', NO_AUTO_SPACE));
  let xml = strFromU8(parts['word/document.xml']!);
  let relations = strFromU8(parts['word/_rels/document.xml.rels']!);
  // A link's relation id is random (nanoid): numbered instead, in order, so the bytes stay the same.
  [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].forEach(([, id], index) => {
    xml = xml.replaceAll(`"${id}"`, `"rIdLink${index + 1}"`);
    relations = relations.replaceAll(`"${id}"`, `"rIdLink${index + 1}"`);
  });
  parts['word/document.xml'] = strToU8(xml);
  parts['word/_rels/document.xml.rels'] = strToU8(relations);
  const mtime = zipTime(modified);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, [bytes, { mtime }]])));
}

/** The release as a Word document: headline as Heading 1, subtitle lines, dateline, paragraphs. */
export async function toDocx(document: ReleaseDocument): Promise<Uint8Array> {
  const children = [
    ...document.heads.flatMap((head) => [
      paragraph(head.locale, head.title, { heading: HeadingLevel.HEADING_1 }),
      ...head.subtitle.map((line) => paragraph(head.locale, line, { italics: true })),
    ]),
    ...document.datelines.map(({ locale, text }) => paragraph(locale, text)),
    ...document.notices.map(({ locale, text }) => paragraph(locale, text, { italics: true })),
    ...document.body.flatMap(({ locale, block }, index) => blockParagraphs(locale, block, index)),
    ...document.closing.map(closingParagraph),
  ];
  const doc = new Document({
    title: document.heads.map((head) => head.title).join(' / '),
    creator: document.organization,
    lastModifiedBy: document.organization,
    styles: { default: { document: { run: runStyle[document.heads[0]!.locale] } } },
    sections: [{ children }],
  });
  return finished(new Uint8Array(await Packer.toBuffer(doc)), document.release.date, lastModified(document.release));
}
