import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkHtml from 'remark-html';

/** One top-level block of a release body: the unit of paragraph anchors and side-by-side pairs. */
export type Block = {
  /** Node type, refined where the shape matters for alignment (`heading-2`, `list-ordered`). */
  kind: string;
  /** Sanitized HTML of the block. */
  html: string;
  /** The block's text without markup, for downloads and descriptions. */
  text: string;
  /** The block's Markdown source as written, for the Markdown download. */
  markdown: string;
};

// remark-html is a compiler: stringify alone renders. It sanitizes by default (hast-util-sanitize, GitHub's schema): raw HTML is dropped and
// only safe URL protocols survive. The option is spelled out so nobody turns it off by accident.
const processor = remark().use(remarkHtml, { sanitize: true });

/** Nodes that are not blocks a reader sees: link definitions render nothing, raw HTML is untrusted. */
const isInvisible = (node: RootContent) => node.type === 'definition' || node.type === 'html';

function kindOf(node: RootContent): string {
  if (node.type === 'heading') return `heading-${node.depth}`;
  if (node.type === 'list') return node.ordered ? 'list-ordered' : 'list-unordered';
  return node.type;
}

function textOf(node: RootContent): string {
  if (node.type === 'list') return node.children.map((item) => toString(item)).join('\n');
  return toString(node);
}

/** Splits Markdown into its top-level blocks, each rendered to sanitized HTML and to plain text. */
export function renderBlocks(markdown: string): Block[] {
  const tree = processor.parse(markdown);
  // Each block is rendered alone; the link definitions go along so `[text][ref]` still resolves.
  const definitions = tree.children.filter((node) => node.type === 'definition');
  return tree.children
    .filter((node) => !isInvisible(node))
    .map((node) => {
      const root: Root = { type: 'root', children: [node, ...definitions] };
      return {
        kind: kindOf(node),
        html: processor.stringify(root).trim(),
        text: textOf(node),
        markdown: markdown.slice(node.position?.start.offset, node.position?.end.offset),
      };
    });
}
