import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import type { Code, Inline } from './inline';

// XLIFF 2.0 as CAT tools write it (Trados, memoQ, Phrase), read into units of text and codes,
// and our export written. A tool may split a unit into segments (with <ignorable> whitespace
// between them), write a span as an <sc>/<ec> pair, mark terms with <mrk>, and set `state` on
// segments: all of that is read back to one value per unit. Anything else inside a <source> or
// <target> is refused rather than dropped with its text.

const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** Why an XLIFF file cannot be imported, in one line a translator's project manager can act on. */
export class XliffImportError extends Error {
  override name = 'XliffImportError';
}

/** The states of XLIFF 2.0, in the order work moves through them. */
const STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof STATES)[number];

export type XliffUnit = {
  id: string;
  note?: string;
  source: Inline[];
  /** Absent when a segment has no target. */
  target?: Inline[];
  /** The least advanced state of its segments. */
  state: SegmentState;
};

export type XliffFile = { sourceLanguage: string; targetLanguage: string; id: string; original?: string; units: XliffUnit[] };

/** The XLIFF elements among `node`'s children named one of `names` (of its children, only elements have a namespace). */
const xliffChildren = (node: Node, ...names: string[]) =>
  [...node.childNodes].filter((child): child is Element => child.namespaceURI === XLIFF_NAMESPACE && names.includes(child.localName!));

/** A span whose contents are not read yet: an <sc> until its <ec>. */
type Start = Omit<Code & { code: 'pc' }, 'contents'>;
type Marker = { start: Start } | { end: string };

/** The inline content of a <source> or <target>, with <sc>/<ec> left as markers until the whole unit is read. */
function readInline(node: Node, unit: string, where: string): (Inline | Marker)[] {
  const items: (Inline | Marker)[] = [];
  for (const child of [...node.childNodes]) {
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      items.push(child.nodeValue!);
      continue;
    }
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const element = child as Element;
    const name = element.localName;
    const code = () => ({
      id: element.getAttribute('id') ?? '',
      type: element.getAttribute('type') ?? '',
      subType: element.getAttribute('subType') ?? '',
    });
    if (element.namespaceURI !== XLIFF_NAMESPACE)
      throw new XliffImportError(
        `unit ${unit}: the ${where} holds <${element.tagName}>, which is not XLIFF; remove it or keep its text only`,
      );
    if (name === 'pc') items.push({ code: 'pc', ...code(), contents: settle(readInline(element, unit, where), unit) });
    else if (name === 'ph') items.push({ code: 'ph', ...code() });
    else if (name === 'sc') items.push({ start: { code: 'pc', ...code() } });
    else if (name === 'ec') items.push({ end: element.getAttribute('startRef') ?? element.getAttribute('id') ?? '' });
    // An annotation (a term, a comment) keeps its text; its markers carry none.
    else if (name === 'mrk') items.push(...readInline(element, unit, where));
    else if (name === 'sm' || name === 'em') continue;
    else if (name === 'cp') items.push(character(element.getAttribute('hex') ?? '', unit, where));
    else
      throw new XliffImportError(
        `unit ${unit}: the ${where} holds <${name}>, which XLIFF does not allow there; remove it or keep its text only`,
      );
  }
  return items;
}

/** The character a <cp hex="…"/> stands for; a hex that is no Unicode code point is refused. */
function character(hex: string, unit: string, where: string): string {
  try {
    return String.fromCodePoint(Number.parseInt(hex, 16));
  } catch {
    throw new XliffImportError(
      `unit ${unit}: the ${where} holds <cp hex="${hex}">, which is not a Unicode code point; write the character`,
    );
  }
}

/** Content with each <sc>…<ec> pair made the span it stands for; a pair that overlaps another or has no end is refused. */
function settle(items: (Inline | Marker)[], unit: string): Inline[] {
  // The content itself at the bottom, without a start; each span open above it.
  const stack: { start?: Start; items: Inline[] }[] = [{ items: [] }];
  for (const item of items) {
    const top = stack.at(-1)!;
    if (typeof item === 'string' || 'code' in item) top.items.push(item);
    else if ('start' in item) stack.push({ start: item.start, items: [] });
    else {
      if (top.start?.id !== item.end)
        throw new XliffImportError(
          `unit ${unit}: the end code <ec> of ${item.end || '(no startRef)'} does not close the code opened last; keep the codes nested`,
        );
      stack.pop();
      stack.at(-1)!.items.push({ ...top.start, contents: top.items });
    }
  }
  if (stack.length > 1) throw new XliffImportError(`unit ${unit}: the start code <sc> ${stack.at(-1)!.start!.id} has no end code <ec>`);
  return stack[0]!.items;
}

function readUnit(element: Element): XliffUnit {
  const id = element.getAttribute('id') ?? '';
  const note = xliffChildren(element, 'notes')
    .flatMap((notes) => xliffChildren(notes, 'note'))
    .map((note) => note.textContent!)[0];
  const source: (Inline | Marker)[] = [];
  const target: (Inline | Marker)[] = [];
  let translated = true;
  const states: SegmentState[] = [];
  // Segments and the whitespace between them (<ignorable>), joined in order: a tool may split a unit into sentences.
  for (const part of xliffChildren(element, 'segment', 'ignorable')) {
    const [partSource] = xliffChildren(part, 'source');
    const [partTarget] = xliffChildren(part, 'target');
    if (!partSource) throw new XliffImportError(`unit ${id}: a <${part.localName}> has no <source>`);
    const read = readInline(partSource, id, 'source');
    source.push(...read);
    if (partTarget) target.push(...readInline(partTarget, id, 'target'));
    else if (part.localName === 'ignorable') target.push(...read);
    else translated = false;
    if (part.localName === 'segment') {
      const state = part.getAttribute('state') || (partTarget ? 'translated' : 'initial');
      if (!STATES.includes(state as SegmentState))
        throw new XliffImportError(`unit ${id}: state "${state}" is not an XLIFF 2.0 state (${STATES.join(', ')})`);
      states.push(state as SegmentState);
    }
  }
  if (states.length === 0) throw new XliffImportError(`unit ${id}: has no <segment>`);
  const state = STATES[Math.min(...states.map((state) => STATES.indexOf(state)))]!;
  return { id, note, source: settle(source, id), target: translated ? settle(target, id) : undefined, state };
}

/** The largest XLIFF file read: a release of 1 MB per language makes a file far smaller. */
export const MAX_XLIFF_BYTES = 4 * 1024 * 1024;

/**
 * The document `xml` is, refused at the parser's first complaint. xmldom reports each problem to
 * `onError`, then throws at a fatal one (wrapping whatever `onError` threw); a warning (an
 * attribute without quotes) is not XML either.
 */
function wellFormed(xml: string): Document {
  let complaint: string | undefined;
  try {
    const document = new DOMParser({ onError: (_, message) => (complaint ??= message) }).parseFromString(xml, 'text/xml');
    if (complaint === undefined) return document;
  } catch {
    // The complaint that stopped the parser: onError heard it first.
  }
  throw new XliffImportError(`is not well-formed XML: ${complaint!.split('\n')[0]}`);
}

/** Reads an XLIFF 2.0 file with one <file> (a release); any XML error, DTD or entity is refused. */
export function parseXliff(xml: string): XliffFile {
  if (Buffer.byteLength(xml) > MAX_XLIFF_BYTES)
    throw new XliffImportError(
      `is ${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(1)} MB; an XLIFF file of a release is at most ` +
        `${MAX_XLIFF_BYTES / 1024 / 1024} MB`,
    );
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw new XliffImportError(
      'has a DTD or an entity declaration (<!DOCTYPE, <!ENTITY); XLIFF 2.0 files have none: export it again without',
    );
  const document = wellFormed(xml);
  const root = document.documentElement;
  if (!root || root.namespaceURI !== XLIFF_NAMESPACE || root.localName !== 'xliff')
    throw new XliffImportError(`is not an XLIFF 2.0 file (its root is not <xliff xmlns="${XLIFF_NAMESPACE}">)`);
  const files = xliffChildren(root, 'file');
  if (files.length !== 1) throw new XliffImportError(`expected one <file> (the release), found ${files.length}`);
  const file = files[0]!;
  // Units may sit in groups (a tool's structure); their order is the file's.
  const units = [...file.getElementsByTagNameNS(XLIFF_NAMESPACE, 'unit')].map(readUnit);
  return {
    sourceLanguage: root.getAttribute('srcLang') ?? '',
    targetLanguage: root.getAttribute('trgLang') ?? '',
    id: file.getAttribute('id') ?? '',
    original: file.getAttribute('original') ?? undefined,
    units,
  };
}

/**
 * Writes `file` as XLIFF 2.0: no indentation, since whitespace inside <source> and <target> is
 * content, and xml:space="preserve" says so to the tools (a list unit's line breaks are its items).
 */
export function writeXliff(file: XliffFile): string {
  const document = new DOMImplementation().createDocument(XLIFF_NAMESPACE, 'xliff', null);
  const make = (name: string, attributes: Record<string, string | undefined>, children: (Node | string)[]) => {
    const element = document.createElementNS(XLIFF_NAMESPACE, name);
    for (const [key, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(key, value);
    for (const child of children) element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    return element;
  };
  const inline = (items: Inline[]): (Node | string)[] =>
    items.map((item) =>
      typeof item === 'string'
        ? item
        : make(item.code, { id: item.id, type: item.type, subType: item.subType }, item.code === 'pc' ? inline(item.contents) : []),
    );
  const root = document.documentElement!;
  // The namespace declared first, as tools and readers expect to see it.
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', XLIFF_NAMESPACE);
  for (const [key, value] of [
    ['version', '2.0'],
    ['srcLang', file.sourceLanguage],
    ['trgLang', file.targetLanguage],
  ])
    root.setAttribute(key!, value!);
  const fileElement = make(
    'file',
    { id: file.id, original: file.original },
    file.units.map((unit) =>
      make('unit', { id: unit.id }, [
        ...(unit.note ? [make('notes', {}, [make('note', {}, [unit.note])])] : []),
        make('segment', { state: unit.state }, [
          make('source', {}, inline(unit.source)),
          ...(unit.target ? [make('target', {}, inline(unit.target))] : []),
        ]),
      ]),
    ),
  );
  fileElement.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  root.appendChild(fileElement);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;
}
