import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { remark } from 'remark';
import type { XliffInline, XliffValue } from 'xliff';

// Markdown inline formatting travels through XLIFF as inline codes: a span (<pc>) for what wraps
// text (emphasis, strong, links), a placeholder (<ph>) for what has none to translate (code,
// line breaks, images). Codes carry only a number and a kind; the URL and everything else stay
// in the Korean original, so a translator can move or drop a link but cannot break it.

const markdown = remark();

/**
 * The block's node when its text is translated with inline codes (a paragraph or a heading);
 * `undefined` for any other block (a list, a quote, an image block, whose alt text and caption
 * must be translated and a placeholder would hide), which travels as its Markdown.
 */
export function inlineBlock(source: string): Paragraph | Heading | undefined {
  const node = markdown.parse(source).children[0];
  if (node?.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'image') return undefined;
  return node?.type === 'paragraph' || node?.type === 'heading' ? node : undefined;
}

/** Phrasing content as XLIFF inline content, codes numbered from 1 in reading order. */
export function toInline(nodes: PhrasingContent[], counter = { next: 1 }): XliffInline[] {
  const inline: XliffInline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') inline.push(node.value);
    else if ('children' in node) {
      const id = String(counter.next++);
      inline.push({ Span: { id, type: node.type === 'link' || node.type === 'linkReference' ? 'link' : 'fmt', subType: `md:${node.type}`, contents: toInline(node.children, counter) } });
    } else {
      inline.push({ Standalone: { id: String(counter.next++), type: 'other', subType: `md:${node.type}` } });
    }
  }
  return normalize(inline);
}

/** Marks whitespace-only text while the XLIFF file is parsed (see `readXliff`). */
export const SPACE_MARK = '\uE000';

/** One shape for equal content: no empty or adjacent strings, span contents always arrays. */
export function normalize(value: XliffValue | undefined): XliffInline[] {
  const items: XliffInline[] = typeof value === 'string' ? [value] : (value ?? []);
  const result: XliffInline[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      const text = item.replaceAll(SPACE_MARK, '');
      if (text === '') continue;
      const last = result.at(-1);
      if (typeof last === 'string') result[result.length - 1] = last + text;
      else result.push(text);
      continue;
    }
    const [type, element] = Object.entries(item)[0]!;
    result.push({ [type]: 'contents' in element ? { ...element, contents: normalize(element.contents) } : element });
  }
  return result;
}

/** Every node of the original behind a code, by code number. */
function codesOf(nodes: PhrasingContent[], counter = { next: 1 }, codes = new Map<string, PhrasingContent>()) {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    codes.set(String(counter.next++), node);
    if ('children' in node) codesOf(node.children, counter, codes);
  }
  return codes;
}

/** Translated inline content back to Markdown nodes: each code becomes its original node around the translated text. */
export function fromInline(value: XliffValue, original: PhrasingContent[], unit: string): PhrasingContent[] {
  const codes = codesOf(original);
  const build = (items: XliffInline[]): PhrasingContent[] =>
    items.map((item): PhrasingContent => {
      if (typeof item === 'string') return { type: 'text', value: item };
      const [, element] = Object.entries(item)[0]!;
      const node = codes.get(element.id);
      if (!node) throw new Error(`unit ${unit}: the target has a code ${element.id} that its source does not have`);
      return 'children' in node ? ({ ...node, children: build(normalize(element.contents)) } as PhrasingContent) : node;
    });
  return build(normalize(value));
}

/** Markdown of one block node, as remark writes it. */
export const blockMarkdown = (node: Nodes) => markdown.stringify({ type: 'root', children: [node] } as Root).trim();
