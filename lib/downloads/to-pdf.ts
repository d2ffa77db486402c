import PDFDocument from 'pdfkit';
import type { Locale } from 'next-intl';
import { regionalTags } from '@/lib/i18n/routing';
import { blockNumber } from '@/lib/content/anchor';
import { lastModified } from '@/lib/content/release';
import { emphasisRuns, type Emphasis } from '@/lib/content/markdown';
import { drawableWith, drawingFonts, FAMILIES, familyRuns, type Family, type LoadedFont } from '@/lib/fonts/drawing-fonts';
import { keepAllLines } from './line-breaks';
import { closingText, itemMark, type ReleaseDocument } from './release-document';

// A4 in points, with a gutter left of the text for paragraph numbers.
const page = { left: 84, right: 64, top: 64, bottom: 72 };
const gutter = { x: 44, width: 28 };
// `link` is the site's link colour (sky-800): a reader sees the permalink can be followed.
const color = { text: '#1c1917', muted: '#57534e', rule: '#d6d3d1', link: '#075985' };
const size = { organization: 10, title: 19, subtitle: 11.5, dateline: 9.5, body: 10.5, heading: 12.5, small: 9, number: 8 };
const LINE_GAP = 4.5;
/** How far a nested list item stands in from its parent: past a bullet and its space. */
const LIST_INDENT = 1.2 * size.body;

type Doc = InstanceType<typeof PDFDocument>;

type FontStyle = 'regular' | 'bold';
const WEIGHTS = { regular: 400, bold: 700 } as const;

/** The name a face is registered under: the first family's keep the plain names the document uses. */
const fontName = (style: FontStyle, family: Family) => (family === FAMILIES[0] ? style : `${style} ${family}`);

/**
 * pdfkit shapes each word once per document and keeps the result on the document's font. The
 * PDFs of a newsroom share most of their words (a release's languages, its press kit's copies,
 * names and phrases across releases), so they share that cache: shaping Korean is most of the
 * cost of a PDF. Results depend only on the font, so sharing cannot change a byte. Emptied every
 * 200 releases to bound its size.
 */
const layoutCache = {
  releases: new Set<string>(),
  fonts: { regular: Object.create(null), bold: Object.create(null) } as Record<'regular' | 'bold', object>,
};

function shareLayoutCache(doc: Doc, slug: string) {
  if (!layoutCache.releases.has(slug) && layoutCache.releases.size >= 200) {
    layoutCache.releases.clear();
    layoutCache.fonts = { regular: Object.create(null), bold: Object.create(null) };
  }
  layoutCache.releases.add(slug);
  for (const font of ['regular', 'bold'] as const) {
    doc.font(font);
    // Private to pdfkit 0.20 (pinned): were it renamed, PDFs would stay the same, only slower.
    (doc as unknown as { _font: { layoutCache?: object } })._font.layoutCache = layoutCache.fonts[font];
  }
}

type Struct = ReturnType<Doc['struct']>;
type MarkedContent = ReturnType<Doc['markStructureContent']>;

/** Everything drawn into one document: the pdfkit document, its structure root, and the text width. */
class PdfWriter {
  readonly doc: Doc;
  /** Characters left out because no font has them (said once the file is done). */
  readonly dropped = new Set<string>();
  readonly root: Struct;
  readonly width: number;

  constructor(
    document: ReleaseDocument,
    private readonly fonts: LoadedFont[],
  ) {
    const regular = fonts.find((font) => font.family === FAMILIES[0] && font.weight === WEIGHTS.regular)!;
    const first = document.heads[0]!.locale;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: page,
      // Tagged, with its language and title: readers and screen readers get structure and reading order.
      tagged: true,
      lang: regionalTags[first],
      // Declares PDF/UA-1 in the XMP (pdfuaid:part), as a PDF/UA checker asks first (pdfkit has it; its @types lag).
      subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
      displayTitle: true,
      pdfVersion: '1.7',
      bufferPages: true,
      // pdfkit takes a parsed fontkit font (its types say a path): parsed once per build, not per file.
      font: regular.face as unknown as string,
      info: {
        Title: document.heads.map((head) => head.title).join(' / '),
        Author: document.organization,
        Subject: document.datelines[0]!.text,
        // The release's own dates, not the clock: the same release gives the same bytes.
        CreationDate: new Date(document.release.date),
        ModDate: new Date(lastModified(document.release)),
      },
    });
    // pdfkit's XMP names neither the languages nor the modify date; PDF/UA checkers read both there.
    const languages = [...new Set(document.heads.map((head) => regionalTags[head.locale]))]
      .map((tag) => `<rdf:li>${tag}</rdf:li>`)
      .join('');
    const modified = `${new Date(lastModified(document.release)).toISOString().split('.')[0]}Z`;
    this.doc.appendXML(
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
        `xmlns:xmp="http://ns.adobe.com/xap/1.0/"><dc:language><rdf:Bag>${languages}</rdf:Bag></dc:language>` +
        `<xmp:ModifyDate>${modified}</xmp:ModifyDate></rdf:Description>`,
    );
    // Registered, not yet embedded: a face goes into the file only once text is set in it.
    for (const style of ['regular', 'bold'] as const)
      for (const font of fonts.filter((candidate) => candidate.weight === WEIGHTS[style]))
        this.doc.registerFont(fontName(style, font.family), font.face as unknown as string);
    shareLayoutCache(this.doc, document.release.slug);
    this.width = this.doc.page.width - page.left - page.right;
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /**
   * `text` with what no font draws left out (noted in `dropped`), and where its strong stretches
   * stand in what is left.
   */
  private drawableStretches(text: string, emphasis?: Emphasis[]): { drawn: string; strong: Emphasis[] } {
    let drawn = '';
    const strong: Emphasis[] = [];
    for (const stretch of emphasisRuns(text, emphasis)) {
      const drawable = drawableWith(this.fonts, stretch.text);
      drawable.dropped.forEach((character) => this.dropped.add(character));
      if (stretch.strong) strong.push({ from: drawn.length, to: drawn.length + drawable.text.length, style: 'strong' });
      drawn += drawable.text;
    }
    return { drawn, strong };
  }

  /**
   * Text set in lines broken between words (Korean too), in a structure element of `type` under
   * `parent` (the document unless given), continued on a new page when the page is full; after
   * `mark` (a list item's label, tagged Lbl beside it), its lines under its first word.
   */
  text(
    type: string,
    locale: Locale,
    text: string,
    style: {
      font?: FontStyle;
      size: number;
      color?: string;
      indent?: number;
      gapAfter?: number;
      mark?: string;
      parent?: Struct;
      /** Where the release sets the text apart: its strong stretches are set bold (no face here slants). */
      emphasis?: Emphasis[];
    },
  ) {
    const { doc } = this;
    const indent = style.indent ?? 0;
    // Again on every page the text runs onto: a new page starts with pdfkit's defaults.
    const fontOf = (family: Family) => fontName(style.font ?? 'regular', family);
    const applyStyle = () =>
      doc
        .font(fontOf(FAMILIES[0]!))
        .fontSize(style.size)
        .fillColor(style.color ?? color.text);
    applyStyle();
    const base = style.font ?? 'regular';
    // Each stretch made drawable alone, so the strong ones keep their place in what is left.
    const { drawn, strong } = this.drawableStretches(text, style.emphasis);
    // Every face on the first family's baseline: pdfkit sets text its ascender below the top, and Pretendard's is shorter.
    const first = this.fonts.find((font) => font.family === FAMILIES[0] && font.weight === WEIGHTS[base])!.face;
    const baseline = -(first.ascent / first.unitsPerEm) * style.size;
    /** Draws `piece` from `x` (when given) in its families' faces of `weight`, and says how wide it is. */
    const setRuns = (piece: string, weight: FontStyle, at?: { x: number; y: number }) => {
      let width = 0;
      for (const run of familyRuns(this.fonts, piece)) {
        doc.font(fontName(weight, run.family));
        if (at) doc.text(run.text, at.x + width, at.y, { lineBreak: false, ...(run.family === FAMILIES[0] ? {} : { baseline }) });
        width += doc.widthOfString(run.text);
      }
      doc.font(fontOf(FAMILIES[0]!));
      return width;
    };
    // Text with bold stretches is broken as if all of it were bold: no line outgrows the page, at
    // the cost of lines a few words short.
    const measured = strong.length > 0 ? 'bold' : base;
    const widths = new Map<string, number>();
    const measure = (piece: string) => widths.get(piece) ?? widths.set(piece, setRuns(piece, measured)).get(piece)!;
    const mark = style.mark === undefined ? '' : `${style.mark} `;
    // The mark is set in the text's own face, whatever its words are measured in.
    const hang = mark ? setRuns(mark, base) : 0;
    const lines = keepAllLines(drawn, this.width - indent - hang, measure);
    // Where each line starts in the text, looked for after the line before: its stretches of bold are the text's there.
    let cursor = 0;
    const starts = lines.map((line) => {
      const start = drawn.indexOf(line.trimEnd(), cursor);
      cursor = start + line.trimEnd().length;
      return start;
    });
    // Line by line, unwrapped (pdfkit's own wrapping would break Korean words again), so each line moves down by hand.
    const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
    const parent = style.parent ?? this.root;
    const label = mark ? doc.struct('Lbl') : undefined;
    if (label) parent.add(label);
    const element = doc.struct(type, { lang: regionalTags[locale] });
    parent.add(element);
    // One marked-content piece per page: pdfkit mismatches its markers when a page starts inside
    // one. Opened at the first line, after the label, on the page the line goes on.
    let content: MarkedContent | undefined;
    for (const [index, line] of lines.entries()) {
      if (doc.y + lineHeight > doc.page.height - page.bottom) {
        if (content) {
          doc.endMarkedContent();
          element.add(content);
        }
        doc.addPage();
        applyStyle();
        content = undefined;
      }
      const y = doc.y;
      if (index === 0 && label) {
        const labelContent = doc.markStructureContent('Lbl');
        doc.text(mark, page.left + indent, y, { lineBreak: false });
        doc.endMarkedContent();
        label.add(labelContent);
        label.end();
      }
      content ??= doc.markStructureContent(type);
      const within = strong.map(({ from, to, style: kind }) => ({ from: from - starts[index]!, to: to - starts[index]!, style: kind }));
      let x = page.left + indent + hang;
      for (const piece of emphasisRuns(line, within)) x += setRuns(piece.text, piece.strong ? 'bold' : base, { x, y });
      doc.y = y + lineHeight;
    }
    if (content) {
      doc.endMarkedContent();
      element.add(content);
    }
    element.end();
    doc.x = page.left;
    doc.moveDown(style.gapAfter ?? 0.6);
  }

  /**
   * `label: url`, the URL a link as PDF/UA asks: a Link structure element holding the URL's text
   * and its annotation, which describes itself (`Contents`) for screen readers. The URL goes on a
   * line of its own when it does not fit beside the label.
   */
  link(locale: Locale, label: string, url: string, style: { size: number; color: string; gapAfter: number }) {
    const { doc } = this;
    doc.font('regular').fontSize(style.size).fillColor(style.color);
    const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
    if (doc.y + 2 * lineHeight > doc.page.height - page.bottom) doc.addPage().font('regular').fontSize(style.size).fillColor(style.color);
    const element = doc.struct('P', { lang: regionalTags[locale] });
    this.root.add(element);
    const prefix = `${label}: `;
    const labelContent = doc.markStructureContent('P');
    doc.text(prefix, page.left, doc.y, { lineBreak: false });
    doc.endMarkedContent();
    element.add(labelContent);
    const beside = doc.widthOfString(prefix + url) <= this.width;
    const x = beside ? page.left + doc.widthOfString(prefix) : page.left;
    const y = beside ? doc.y : doc.y + lineHeight;
    const link = doc.struct('Link');
    element.add(link);
    const urlContent = doc.markStructureContent('Link');
    doc.fillColor(color.link).text(url, x, y, { lineBreak: false });
    doc.endMarkedContent();
    link.add(urlContent);
    // pdfkit writes a String object as a PDF text string (a plain string would become a name), and
    // puts the annotation in `structParent`; its types know neither.
    const annotation = { structParent: link, Contents: new String(`${label}: ${url}`) };
    doc.link(x, y, doc.widthOfString(url), doc.currentLineHeight(), url, annotation as object);
    link.end();
    element.end();
    doc.x = page.left;
    doc.y = y + lineHeight;
    doc.moveDown(style.gapAfter);
  }

  /** Room for `lines` more lines of body text, else a new page (a paragraph's number must stand beside its first line). */
  keepRoom(lines: number) {
    const { doc } = this;
    if (doc.y + lines * (size.body + LINE_GAP) * 1.4 > doc.page.height - page.bottom) doc.addPage();
  }

  /** Marks not part of the text (paragraph numbers, page footers): skipped by screen readers and text extraction by structure. */
  artifact(draw: () => void) {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  paragraphNumber(number: number) {
    const { doc } = this;
    const y = doc.y;
    this.artifact(() =>
      doc
        .font('regular')
        .fontSize(size.number)
        .fillColor(color.muted)
        .text(`¶${number}`, gutter.x, y + 2, { width: gutter.width, align: 'right', lineBreak: false }),
    );
    doc.x = page.left;
    doc.y = y;
  }

  rule() {
    const { doc } = this;
    this.artifact(() =>
      doc
        .moveTo(page.left, doc.y)
        .lineTo(page.left + this.width, doc.y)
        .lineWidth(0.5)
        .strokeColor(color.rule)
        .stroke(),
    );
    doc.moveDown(0.8);
  }

  /** On every page: the organisation and the page number, below the text. */
  footers(organization: string) {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      doc.switchToPage(index);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      this.artifact(() =>
        doc
          .font('regular')
          .fontSize(size.number)
          .fillColor(color.muted)
          .text(`${organization} · ${index + 1} / ${count}`, page.left, doc.page.height - bottom + 24, {
            width: this.width,
            align: 'right',
            lineBreak: false,
          }),
      );
      doc.page.margins.bottom = bottom;
    }
  }

  async finish(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.root.end();
    this.doc.end();
    await ended;
    return new Uint8Array(Buffer.concat(chunks));
  }
}

/**
 * The release as an A4 PDF: the organisation, headline and subtitle lines, dateline, every block
 * with its number in the margin (¶7 is #p-7 on the page), updates, closing lines and permalink.
 * In a bilingual file each Korean block stands above its translation, under one number.
 */
export async function toPdf(document: ReleaseDocument): Promise<Uint8Array> {
  const writer = new PdfWriter(document, await drawingFonts());
  const first = document.heads[0]!.locale;
  writer.text('P', first, document.organization, { font: 'bold', size: size.organization, color: color.muted, gapAfter: 1 });
  for (const head of document.heads) {
    writer.text('H1', head.locale, head.title, { font: 'bold', size: size.title, gapAfter: 0.4 });
    for (const line of head.subtitle) writer.text('P', head.locale, line, { size: size.subtitle, color: color.muted, gapAfter: 0.2 });
    writer.doc.moveDown(0.8);
  }
  for (const { locale, text } of document.datelines)
    writer.text('P', locale, text, { size: size.dateline, color: color.muted, gapAfter: 0.3 });
  for (const { locale, text } of document.notices) writer.text('P', locale, text, { size: size.small, color: color.muted, gapAfter: 0.3 });
  writer.doc.moveDown(0.5);
  writer.rule();

  const languages = document.heads.length;
  document.body.forEach(({ locale, block, stale }, index) => {
    const opensPair = index % languages === 0;
    if (opensPair) {
      writer.keepRoom(2);
      writer.paragraphNumber(blockNumber(index / languages));
    }
    const heading = block.kind.startsWith('heading');
    const closesPair = index % languages === languages - 1;
    const gapAfter = closesPair ? 0.9 : 0.4;
    const style = {
      font: heading ? ('bold' as const) : ('regular' as const),
      size: heading ? size.heading : size.body,
      color: opensPair ? color.text : color.muted,
      gapAfter: stale ? 0.3 : gapAfter,
    };
    // What the page says under a translation whose original changed since, under it here too.
    const staleNote = () => stale && writer.text('P', locale, stale, { size: size.small, color: color.muted, gapAfter });
    if (!block.items) {
      writer.text(heading ? 'H2' : 'P', locale, block.text, { ...style, emphasis: block.emphasis });
      return staleNote();
    }
    // A list (L) of items (LI), each its label (Lbl) and its body (LBody): an item a line of its own
    // (or more), a nested one indented further, what continues one under its words.
    const list = writer.doc.struct('L', { lang: regionalTags[locale] });
    writer.root.add(list);
    block.items.forEach((item, number) => {
      const listItem = writer.doc.struct('LI');
      list.add(listItem);
      writer.text('LBody', locale, item.text, {
        ...style,
        mark: item.continues ? undefined : itemMark(item),
        emphasis: item.emphasis,
        indent: (item.depth + (item.continues ? 1 : 0)) * LIST_INDENT,
        gapAfter: number === block.items!.length - 1 ? style.gapAfter : 0.15,
        parent: listItem,
      });
      listItem.end();
    });
    list.end();
    staleNote();
  });

  if (document.updates.length > 0) {
    writer.rule();
    for (const update of document.updates)
      writer.text('P', update.locale, update.text, { size: size.small, color: color.muted, gapAfter: 0.3 });
  }
  writer.rule();
  for (const line of document.closing) {
    const style = { size: size.small, color: color.muted, gapAfter: 0.4 };
    if (line.kind === 'permalink') writer.link(line.locale, line.label, line.value, style);
    else writer.text('P', line.locale, closingText(line), style);
  }
  writer.footers(document.organization);
  if (writer.dropped.size)
    console.warn(
      `PDF of ${document.release.slug} (${document.heads.map((head) => head.locale).join('-')}): left out characters ` +
        `no font has: ${[...writer.dropped].join(' ')}`,
    );
  return writer.finish();
}
