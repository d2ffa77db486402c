import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Locale } from 'next-intl';
import { regionalTags } from '@/lib/i18n/routing';
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

type ParagraphOptions = { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; italics?: boolean; bullet?: boolean };

function paragraph(locale: Locale, text: string, options: ParagraphOptions = {}, link?: string) {
  const run = (words: string, style?: string) =>
    new TextRun({ text: words, style, italics: options.italics && slanted(locale), ...runStyle[locale] });
  return new Paragraph({
    heading: options.heading,
    // Word's built-in bullet (the docx package defines its numbering).
    bullet: options.bullet ? { level: 0 } : undefined,
    spacing: { after: 160 },
    children: link ? [run(text.slice(0, -link.length)), new ExternalHyperlink({ link, children: [run(link, 'Hyperlink')] })] : [run(text)],
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

/** The release as a Word document: headline as Heading 1, subtitle lines, dateline, paragraphs. */
export async function toDocx(document: ReleaseDocument): Promise<Uint8Array> {
  const children = [
    ...document.heads.flatMap((head) => [
      paragraph(head.locale, head.title, { heading: HeadingLevel.HEADING_1 }),
      ...head.subtitle.map((line) => paragraph(head.locale, line, { italics: true })),
    ]),
    ...document.datelines.map(({ locale, text }) => paragraph(locale, text)),
    ...document.notices.map(({ locale, text }) => paragraph(locale, text, { italics: true })),
    ...document.body.flatMap(({ locale, block }) => {
      // A list becomes one bulleted paragraph per item, as the PDF sets it.
      const options = { heading: headingLevels[block.kind as keyof typeof headingLevels], bullet: block.kind.startsWith('list') };
      return block.text.split('\n').map((line) => paragraph(locale, line, options));
    }),
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
