import {
  Document,
  EmphasisMarkType,
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
import { emphasisRuns, type Block, type Emphasis } from '@/lib/content/markdown';
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

// The headline is Heading 1: a heading in the text is Heading 2 or below, as deep as it is written.
const headingLevels = {
  'heading-1': HeadingLevel.HEADING_2,
  'heading-2': HeadingLevel.HEADING_2,
  'heading-3': HeadingLevel.HEADING_3,
  'heading-4': HeadingLevel.HEADING_4,
  'heading-5': HeadingLevel.HEADING_5,
  'heading-6': HeadingLevel.HEADING_6,
} as const;

// Italic is a Latin convention: a word processor slants Hangul by shearing it, which no Korean
// typesetter does. Korean subtitle lines stay upright.
const slanted = (locale: Locale) => locale !== 'ko';

/**
 * Word's numbering of an ordered list at `level` whose first item is `start`: `1.` at each level,
 * indented as the docx package indents its bullets.
 */
const numbered = (level: number, start: number): NumberingDefinition => ({
  reference: `numbered-${level}-from-${start}`,
  levels: Array.from({ length: 9 }, (_, at) => ({
    level: at,
    format: LevelFormat.DECIMAL,
    text: `%${at + 1}.`,
    start: at === level ? start : 1,
    style: { paragraph: { indent: { left: 720 * (at + 1), hanging: 360 } } },
  })),
});

/** A numbered list in Word: its numbering and which list of it (`instance`) it is, so it counts from its own start. */
type WordList = { reference: NumberingDefinition; instance: number };

type ParagraphOptions = {
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  italics?: boolean;
  /** Where the release sets its text apart. */
  emphasis?: Emphasis[];
  /** A list item's level, and its numbered list (none for a bullet); or what continues an item, under its words. */
  item?: { level: number; list?: WordList; continues?: boolean };
};

/**
 * How a stretch the release sets apart looks: strong is bold; emphasis is italic in Latin text,
 * and in Korean a dot over each syllable (드러냄표), as Korean marks it.
 */
const setApart = (locale: Locale, { strong, emphasis }: { strong: boolean; emphasis: boolean }): IRunOptions => ({
  ...(strong && { bold: true }),
  ...(emphasis && (slanted(locale) ? { italics: true } : { emphasisMark: { type: EmphasisMarkType.DOT } })),
});

/** A paragraph of `text`, its lines parted by line breaks; `link`, the text's end, a link. */
function paragraph(locale: Locale, text: string, options: ParagraphOptions = {}, link?: string) {
  const run = (words: string, style?: string, emphasis?: Emphasis[]) =>
    emphasisRuns(words, emphasis).flatMap((piece) =>
      piece.text.split('\n').map(
        (line, index) =>
          new TextRun({
            text: line,
            break: index > 0 ? 1 : undefined,
            style,
            italics: options.italics && slanted(locale),
            ...setApart(locale, piece),
            ...runStyle[locale],
          }),
      ),
    );
  const { item } = options;
  return new Paragraph({
    heading: options.heading,
    // Word's built-in bullet (the docx package defines its numbering), or a numbered list.
    ...(item &&
      (item.continues
        ? { indent: { left: 720 * (item.level + 1) } }
        : item.list
          ? { numbering: { ...item.list, level: item.level } }
          : { bullet: { level: item.level } })),
    spacing: { after: 160 },
    children: link
      ? [...run(text.slice(0, -link.length)), new ExternalHyperlink({ link, children: run(link, 'Hyperlink') })]
      : run(text, undefined, options.emphasis),
  });
}

/**
 * A block's paragraph, or a list's items, a paragraph each in its place. Each numbered list, a
 * nested one too, is a Word list of its own (`newList` numbers them), from its first number.
 */
function blockParagraphs(locale: Locale, block: Block, newList: () => number): Paragraph[] {
  if (!block.items)
    return [paragraph(locale, block.text, { heading: headingLevels[block.kind as keyof typeof headingLevels], emphasis: block.emphasis })];
  // The list open at each depth: a deeper item opens one, a shallower one goes on with its own.
  const open: (WordList | undefined)[] = [];
  let depth = -1;
  return block.items.map((item) => {
    if (item.depth > depth)
      open[item.depth] = item.number === undefined ? undefined : { reference: numbered(item.depth, item.number), instance: newList() };
    depth = item.depth;
    return paragraph(locale, item.text, {
      item: { level: item.depth, list: open[item.depth], continues: item.continues },
      emphasis: item.emphasis,
    });
  });
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

/** The release as a Word document: headline as Heading 1, subtitle lines, dateline, paragraphs, corrections, closing lines. */
export async function toDocx(document: ReleaseDocument): Promise<Uint8Array> {
  let lists = 0;
  const children = [
    ...document.heads.flatMap((head) => [
      paragraph(head.locale, head.title, { heading: HeadingLevel.HEADING_1 }),
      ...head.subtitle.map((line) => paragraph(head.locale, line, { italics: true })),
    ]),
    ...document.datelines.map(({ locale, text }) => paragraph(locale, text)),
    ...document.notices.map(({ locale, text }) => paragraph(locale, text, { italics: true })),
    ...document.body.flatMap(({ locale, block, stale }) => [
      ...blockParagraphs(locale, block, () => lists++),
      ...(stale ? [paragraph(locale, stale, { italics: true })] : []),
    ]),
    ...document.updates.map(({ locale, text }) => paragraph(locale, text, { italics: true })),
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
