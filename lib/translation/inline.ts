import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import { imageOf } from '@/lib/content/markdown';

// Markdown inline formatting travels through XLIFF as inline codes: a span (<pc>) for what wraps
// text (emphasis, strong, links), a placeholder (<ph>) for what has none to translate (code,
// line breaks, images without alt text). Codes carry only a number and a kind; the URL and
// everything else stay in the Korean original, so a translator can move or drop a link but
// cannot break it. A block whose code would hide words (alt text, a title) travels as Markdown.

// Lists as the press team writes them (`-`), not remark's default (`*`).
const markdown = remark().data('settings', { bullet: '-' });

/** An inline code: a span (`<pc>`) around translatable content, or a placeholder (`<ph>`). */
export type Code =
  { code: 'pc'; id: string; type: string; subType: string; contents: Inline[] } | { code: 'ph'; id: string; type: string; subType: string };
/** A unit's content: text and codes. */
export type Inline = string | Code;

/**
 * The block's node when its text is translated with inline codes (a paragraph or a heading);
 * `undefined` for any other block (a list, a quote, an image block, whose alt text and caption
 * must be translated and a placeholder would hide), which travels as its Markdown, and for a
 * paragraph or heading whose codes would hide words of their own.
 */
export function inlineBlock(source: string): Paragraph | Heading | undefined {
  const tree = markdown.parse(source);
  const node = tree.children[0];
  if (!node || imageOf(node) || hidesWords(tree)) return undefined;
  return node.type === 'paragraph' || node.type === 'heading' ? node : undefined;
}

/** Whether `tree` has words a code would keep from the translator: an image's alt text, a link's, image's or definition's title. */
function hidesWords(tree: Root): boolean {
  let hides = false;
  visit(tree, (node) => {
    if (('alt' in node && node.alt) || ('title' in node && node.title)) hides = true;
  });
  return hides;
}

/** Phrasing content as XLIFF inline content, codes numbered from 1 in reading order. */
export function toInline(nodes: PhrasingContent[], counter = { next: 1 }): Inline[] {
  const inline: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') inline.push(node.value);
    else if ('children' in node) {
      const id = String(counter.next++);
      inline.push({
        code: 'pc',
        id,
        type: node.type === 'link' || node.type === 'linkReference' ? 'link' : 'fmt',
        subType: `md:${node.type}`,
        contents: toInline(node.children, counter),
      });
    } else {
      inline.push({ code: 'ph', id: String(counter.next++), type: 'other', subType: `md:${node.type}` });
    }
  }
  return normalize(inline);
}

/** One shape for equal content: no empty or adjacent strings. */
export function normalize(items: Inline[]): Inline[] {
  const result: Inline[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      result.push(item.code === 'pc' ? { ...item, contents: normalize(item.contents) } : item);
      continue;
    }
    if (item === '') continue;
    const last = result.at(-1);
    if (typeof last === 'string') result[result.length - 1] = last + item;
    else result.push(item);
  }
  return result;
}

/** The codes of `items`, nested ones included, in reading order. */
export function codesIn(items: Inline[], codes: Code[] = []): Code[] {
  for (const item of items) {
    if (typeof item === 'string') continue;
    codes.push(item);
    if (item.code === 'pc') codesIn(item.contents, codes);
  }
  return codes;
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

/** A unit's content without the spaces a translation tool may leave at its ends (Markdown would keep them, as `&#x20;`). */
function trimmed(items: Inline[]): Inline[] {
  const result = [...items];
  if (typeof result[0] === 'string') result[0] = result[0].trimStart();
  const last = result.length - 1;
  if (typeof result[last] === 'string') result[last] = result[last].trimEnd();
  return result;
}

/** Translated inline content back to Markdown nodes: each code becomes its original node around the translated text. */
export function fromInline(value: Inline[], original: PhrasingContent[]): PhrasingContent[] {
  const codes = codesOf(original);
  const build = (items: Inline[]): PhrasingContent[] =>
    items.map((item): PhrasingContent => {
      if (typeof item === 'string') return { type: 'text', value: item };
      const node = codes.get(item.id)!;
      return 'children' in node && item.code === 'pc' ? ({ ...node, children: build(item.contents) } as PhrasingContent) : node;
    });
  return build(normalize(trimmed(normalize(value))));
}

/** Markdown of one block node, as remark writes it. */
export const blockMarkdown = (node: Nodes) => markdown.stringify({ type: 'root', children: [node] } as Root).trim();
