import type { Definition, Link, LinkReference, List, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { visit } from 'unist-util-visit';
import { findMarkdownExcess, findTreeExcess, type MarkdownExcess } from './markdown-limits';

/** An image standing alone in its paragraph: `![alt text](images/file.jpg "caption")`. */
export type BlockImage = { src: string; alt: string; caption: string };

/** One top-level block of a release body: the unit of paragraph anchors and side-by-side pairs. */
export type Block = {
  /** Node type, refined where the shape matters for alignment (`heading-2`, `list-ordered`). */
  kind: string;
  /** Sanitized HTML of the block. */
  html: string;
  /**
   * Its HTML with each link's address made whole, set where one is relative (`#p-2`, `/ko/…`): what
   * shows the block away from its page (feeds), where a relative address leads nowhere.
   */
  absoluteHtml?: string;
  /** The block's text without markup, for downloads and descriptions. */
  text: string;
  /** Where its text is set apart (not on a list: its items carry their own). */
  emphasis?: Emphasis[];
  /** The block's Markdown source as written, for the Markdown download. */
  markdown: string;
  /** The link definitions (`[ref]: url`) its reference-style links use, as written elsewhere in the file. */
  definitions?: string;
  /** Set when the block is an image (its kind is `image`). */
  image?: BlockImage;
  /** Set when the block is a list: its items, for the formats that mark and indent them. */
  items?: ListItem[];
  /**
   * Set when the block holds a link: its text and items as files say them, each link followed by
   * its address (a file's reader cannot follow the link the page makes of it).
   */
  linked?: Pick<Block, 'text' | 'items' | 'emphasis'>;
};

/** A stretch of a text set apart, by offsets into it: `**strong**` or `*emphasis*`. */
export type Emphasis = { from: number; to: number; style: 'strong' | 'emphasis' };

/**
 * One item of a list block, a nested item after its parent: its text (textOf's lines, its nested
 * lists left out), how deep it sits (0 at the top) and, in an ordered list, its number. What an
 * item says after a nested list `continues` it there, unmarked.
 */
export type ListItem = { text: string; emphasis?: Emphasis[]; depth: number; number?: number; continues?: true };

/**
 * `text` cut where its emphasis starts and ends, each piece with what sets it apart; stretches
 * may reach past either end (a line of a longer text).
 */
export function emphasisRuns(text: string, emphasis: Emphasis[] = []): { text: string; strong: boolean; emphasis: boolean }[] {
  const inside = (offset: number) => Math.min(Math.max(offset, 0), text.length);
  const cuts = [...new Set([0, text.length, ...emphasis.flatMap(({ from, to }) => [inside(from), inside(to)])])].sort((a, b) => a - b);
  const within = (from: number, style: Emphasis['style']) =>
    emphasis.some((stretch) => stretch.style === style && stretch.from <= from && from < stretch.to);
  return cuts.slice(0, -1).map((from, index) => ({
    text: text.slice(from, cuts[index + 1]),
    strong: within(from, 'strong'),
    emphasis: within(from, 'emphasis'),
  }));
}

// remark-html is a compiler: stringify alone renders. It sanitizes by default (hast-util-sanitize,
// GitHub's schema): raw HTML is dropped and only safe URL protocols survive. The option is spelled out
// so nobody turns it off by accident.
const processor = remark().use(remarkHtml, { sanitize: true });

/** Markdown nested or marked up past what the parser and renderers handle in time (lib/content/markdown-limits.ts). */
export class MarkdownLimitError extends Error {
  readonly line: number;
  constructor({ line, problem }: MarkdownExcess) {
    super(problem);
    this.name = 'MarkdownLimitError';
    this.line = line;
  }
}

/** Markdown's tree, once the text is known to nest no deeper than its renderers can follow; else a MarkdownLimitError with the line. */
export function parseMarkdown(markdown: string): Root {
  const excess = findMarkdownExcess(markdown);
  if (excess) throw new MarkdownLimitError(excess);
  const tree = processor.parse(markdown);
  const deep = findTreeExcess(tree);
  if (deep) throw new MarkdownLimitError(deep);
  return tree;
}

/** Nodes that are not blocks a reader sees: link definitions render nothing, raw HTML is untrusted. */
const isInvisible = (node: RootContent) => node.type === 'definition' || node.type === 'html';

/** The top-level blocks of a Markdown tree, in order: block N here is `p-N` on every page, in every file and in XLIFF. */
export const topLevelBlocks = (tree: Root): RootContent[] => tree.children.filter((node) => !isInvisible(node));

/**
 * The image of a paragraph that holds only an image (whitespace aside), if it is one: an image
 * block on the page, in every file and in XLIFF.
 */
export function imageOf(node: RootContent): BlockImage | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [only, ...rest] = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  if (only?.type !== 'image' || rest.length) return undefined;
  return { src: only.url, alt: only.alt?.trim() ?? '', caption: only.title?.trim() ?? '' };
}

function kindOf(node: RootContent, image: BlockImage | undefined): string {
  if (image) return 'image';
  if (node.type === 'heading') return `heading-${node.depth}`;
  if (node.type === 'list') return node.ordered ? 'list-ordered' : 'list-unordered';
  return node.type;
}

/** Blocks whose children each start a line of their own in text: list items, and the paragraphs of an item or a quote. */
const linePerChild = new Set(['list', 'listItem', 'blockquote']);

/** A link's address (a reference's, from its definition), or `undefined` for text that says it already. */
type AddressOf = (link: Link | LinkReference, text: string) => string | undefined;

/** A text being written out, the stretches of it set apart so far, and where it says a link's address. */
type Written = { text: string; emphasis: Emphasis[]; addresses: Pick<Emphasis, 'from' | 'to'>[] };

/** `stretches` with the parts that fall in `holes` left out (a stretch may come out in two). */
const outside = (stretches: Emphasis[], holes: Written['addresses']) =>
  holes.reduce(
    (kept, hole) =>
      kept.flatMap((stretch) =>
        stretch.to <= hole.from || stretch.from >= hole.to
          ? [stretch]
          : [
              ...(stretch.from < hole.from ? [{ ...stretch, to: hole.from }] : []),
              ...(stretch.to > hole.to ? [{ ...stretch, from: hole.to }] : []),
            ],
      ),
    stretches,
  );

/**
 * A node's text as the page shows it, added to `out`: a line break typed inside a paragraph is a
 * space, a forced one (two spaces or `\`) a new line, as is each item of a list and each paragraph
 * of an item or a quote; inline HTML, which the page drops, leaves only the text it wraps. Downloads
 * split lines here. With `addressOf`, each link's address follows its text, in brackets.
 */
function write(node: Nodes, out: Written, addressOf?: AddressOf): void {
  if (node.type === 'text') out.text += node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
  else if (node.type === 'break') out.text += '\n';
  else if (node.type === 'html') return;
  else if (!('children' in node)) out.text += toString(node);
  else {
    const from = out.text.length;
    node.children.forEach((child, index) => {
      if (index > 0 && linePerChild.has(node.type)) out.text += '\n';
      write(child, out, addressOf);
    });
    const text = out.text.slice(from);
    if ((node.type === 'strong' || node.type === 'emphasis') && text) out.emphasis.push({ from, to: out.text.length, style: node.type });
    const address = (node.type === 'link' || node.type === 'linkReference') && addressOf?.(node, text);
    // Korean sets brackets close after a word (보고서(https://…)를), English after a space.
    if (address) {
      const from = out.text.length;
      out.text += `${/[\uac00-\ud7a3]$/.test(text) ? '' : ' '}(${address})`;
      out.addresses.push({ from, to: out.text.length });
    }
  }
}

/** `nodes`' text (write), one line each, and its emphasis, where it has any: a link's address is set as it is, around it or not. */
function styledText(nodes: Nodes[], addressOf?: AddressOf): { text: string; emphasis?: Emphasis[] } {
  const out: Written = { text: '', emphasis: [], addresses: [] };
  nodes.forEach((node, index) => {
    if (index > 0) out.text += '\n';
    write(node, out, addressOf);
  });
  const emphasis = outside(out.emphasis, out.addresses).sort((a, b) => a.from - b.from);
  return { text: out.text, ...(emphasis.length > 0 && { emphasis }) };
}

const textOf = (node: Nodes, addressOf?: AddressOf) => styledText([node], addressOf).text;

/**
 * Each link's address, its definition's for a reference; none where the text is the address (an
 * autolink, an email). One the page follows from where it stands (`#p-2`, `/ko/releases/x`) is
 * made whole against `pageUrl`, text that says it included: a file is read where no page stands.
 */
const addressesIn =
  (definitions: Definition[], pageUrl?: string): AddressOf =>
  (link, text) => {
    const written = link.type === 'link' ? link.url : definitions.find((definition) => definition.identifier === link.identifier)?.url;
    const address = written && pageUrl ? wholeAddress(written, pageUrl) : written;
    return address && ![address, address.replace(/^(mailto:|https?:\/\/)/, '')].includes(text) ? address : undefined;
  };

/** The items of `list` and of the lists nested in them, in reading order (their links' addresses with `addressOf`). */
function itemsOf(list: List, addressOf?: AddressOf, depth = 0): ListItem[] {
  return list.children.flatMap((item, index) => {
    const number = list.ordered ? (list.start ?? 1) + index : undefined;
    const items: ListItem[] = [];
    // The item's text up to its first nested list; each run of text after one continues it.
    let text: Nodes[] = [];
    let marked = false;
    const close = () => {
      if (!text.length) return;
      items.push({
        ...styledText(text, addressOf),
        depth,
        ...(marked ? { continues: true as const } : number !== undefined && { number }),
      });
      marked = true;
      text = [];
    };
    for (const child of item.children) {
      if (child.type !== 'list') text.push(child);
      else {
        close();
        items.push(...itemsOf(child, addressOf, depth + 1));
      }
    }
    close();
    return items;
  });
}

/**
 * Markdown nodes written out by remark, escaped where they would read as markup (a `<tag>`, `*`, a
 * backtick, a leading `1.`), lists bulleted with `-`: what the site writes as Markdown itself.
 */
export const writeMarkdown = (nodes: RootContent[]) =>
  remark().data('settings', { bullet: '-' }).stringify({ type: 'root', children: nodes }).trim();

/**
 * An image block's Markdown with `title` as its caption (a file's caption with the credit, a
 * translated one; none when `null`), written by remark so that it parses whatever the caption holds.
 */
export const imageMarkdown = ({ src, alt }: Pick<BlockImage, 'src' | 'alt'>, title: string | null) =>
  writeMarkdown([{ type: 'paragraph', children: [{ type: 'image', url: src, alt, title }] }]);

/** Whether an HTML node is a comment: meant to be unseen, unlike other HTML, which the page leaves out. */
const isComment = (value: string) => /^\s*<!--/.test(value);

/**
 * Where a body is read: `imageUrl` gives an image's public address (its HTML goes where `images/…`
 * means nothing: feeds); `pageUrl` is the page the body is on, which the addresses of its links in
 * files start from.
 */
export type BodyPlace = { imageUrl?: (src: string) => string; pageUrl?: string };

/**
 * Splits Markdown into its top-level blocks, each rendered to sanitized HTML and to plain text.
 * `hiddenHtml`: the lines where a block of raw HTML starts, which no reader sees (a comment aside).
 */
export function renderBody(markdown: string, place: BodyPlace = {}): { blocks: Block[]; hiddenHtml: number[] } {
  const tree = parseMarkdown(markdown);
  const hiddenHtml = tree.children.flatMap((node) =>
    node.type === 'html' && !isComment(node.value) && node.position ? [node.position.start.line] : [],
  );
  return { blocks: blocksOf(tree, markdown, place), hiddenHtml };
}

/** The blocks of `markdown` alone (renderBody). */
export const renderBlocks = (markdown: string, place?: BodyPlace): Block[] => renderBody(markdown, place).blocks;

/**
 * A node's Markdown as written in `markdown`, without the indentation it stands at: its first line
 * starts at the node, so its other lines lose as much (an indented list stays one flat list).
 */
function sourceOf(node: RootContent, markdown: string): string {
  const written = markdown.slice(node.position?.start.offset, node.position?.end.offset);
  const indent = (node.position?.start.column ?? 1) - 1;
  return indent ? written.replace(new RegExp(`\n[ \t]{0,${indent}}`, 'g'), '\n') : written;
}

/** The definitions of `all` that `node`'s reference-style links and images name. */
function definitionsFor(node: RootContent, all: Definition[]): Definition[] {
  // Most files define none: no block's tree is walked for them.
  if (all.length === 0) return [];
  const named = new Set<string>();
  visit(node, ['linkReference', 'imageReference'] as const, (reference) => void named.add(reference.identifier));
  return all.filter((definition) => named.has(definition.identifier));
}

/**
 * A block's Markdown with the link definitions its reference-style links use: what stands alone
 * (a Markdown file of blocks, a translation unit) and still links.
 */
export const withDefinitions = (block: Pick<Block, 'markdown' | 'definitions'>) =>
  block.definitions ? `${block.markdown}\n\n${block.definitions}` : block.markdown;

/** An address as a reader follows it from `pageUrl`: one that stands alone stays as written. */
const wholeAddress = (address: string, pageUrl: string) => (URL.canParse(address) ? address : new URL(address, pageUrl).href);

/**
 * A block's tree (with its definitions) whose links lead where they would from `pageUrl`, or none
 * when every one stands alone. Images keep their addresses (`images/…` is the press kit's folder).
 */
function withWholeAddresses(root: Root, pageUrl: string): Root | undefined {
  const copy = structuredClone(root);
  const [linkedTo, shownBy] = [new Set<string>(), new Set<string>()];
  visit(
    copy,
    ['linkReference', 'imageReference'] as const,
    (reference) => void (reference.type === 'linkReference' ? linkedTo : shownBy).add(reference.identifier),
  );
  let changed = false;
  visit(copy, ['link', 'definition'] as const, (node) => {
    // A definition an image uses too stays as written: the image's address is the kit's.
    if (node.type === 'definition' && (!linkedTo.has(node.identifier) || shownBy.has(node.identifier))) return;
    const whole = wholeAddress(node.url, pageUrl);
    changed ||= whole !== node.url;
    node.url = whole;
  });
  return changed ? copy : undefined;
}

/** A block's Markdown (with its definitions) written again by remark where a link of it is relative (withWholeAddresses), else as it is. */
export function withWholeLinks(markdown: string, pageUrl: string): string {
  const placed = withWholeAddresses(processor.parse(markdown), pageUrl);
  return placed ? writeMarkdown(placed.children) : markdown;
}

const hasLink = (node: RootContent) => {
  let found = false;
  visit(node, ['link', 'linkReference'] as const, () => void (found = true));
  return found;
};

/** `node`'s text and its emphasis, or a list's text and items (each with its own); with `addressOf`, each link's address in it. */
function textsOf(node: RootContent, addressOf?: AddressOf): Pick<Block, 'text' | 'items' | 'emphasis'> {
  return node.type === 'list' ? { text: textOf(node, addressOf), items: itemsOf(node, addressOf) } : styledText([node], addressOf);
}

function blocksOf(tree: Root, markdown: string, { imageUrl = (src) => src, pageUrl }: BodyPlace): Block[] {
  // Each block is rendered alone; the link definitions go along so `[text][ref]` still resolves.
  const definitions = tree.children.filter((node) => node.type === 'definition');
  return topLevelBlocks(tree).map((node) => {
    const used = definitionsFor(node, definitions);
    const image = imageOf(node);
    if (image && node.type === 'paragraph') for (const child of node.children) if (child.type === 'image') child.url = imageUrl(child.url);
    const root: Root = { type: 'root', children: [node, ...definitions] };
    const linked = !image && hasLink(node);
    const placed = linked && pageUrl ? withWholeAddresses({ type: 'root', children: [node, ...used] }, pageUrl) : undefined;
    return {
      kind: kindOf(node, image),
      html: processor.stringify(root).trim(),
      ...(placed && { absoluteHtml: processor.stringify(placed).trim() }),
      // An image reads as its caption in text formats and descriptions.
      ...(image ? { text: image.caption } : textsOf(node)),
      markdown: sourceOf(node, markdown),
      ...(used.length > 0 && { definitions: used.map((definition) => sourceOf(definition, markdown)).join('\n') }),
      ...(image && { image }),
      ...(linked && { linked: textsOf(node, addressesIn(definitions, pageUrl)) }),
    };
  });
}
