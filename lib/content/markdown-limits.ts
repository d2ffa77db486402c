import type { Root } from 'mdast';

// Markdown's parser takes time that grows with the square of nesting (blockquotes 400 deep: 2 s;
// thousands: minutes) and its renderers recurse (thousands deep: a stack overflow). A release
// never needs more than a few levels, so the source is measured before it is parsed, and the
// tree before anything recursive walks it.

/** How deep blockquotes and lists may nest inside one another. */
export const MAX_CONTAINER_DEPTH = 20;
/** Emphasis runs and link or image brackets in one block, and in one file. */
const MAX_INLINE_MARKS_PER_BLOCK = 200;
const MAX_INLINE_MARKS_PER_FILE = 4000;
/** The parsed tree's depth (root, containers, inline nodes): a backstop for any nesting the source scan does not see. */
const MAX_TREE_DEPTH = 100;

/** What is wrong, and on which line of the Markdown. */
export type MarkdownExcess = { line: number; problem: string };

const containerMarker = /^([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const columns = (whitespace: string) => [...whitespace].reduce((sum, character) => sum + (character === '\t' ? 4 : 1), 0);

/**
 * How deep a line sits in blockquotes and lists: the markers that open it (`> - > 1.`) and its
 * indentation, each nesting level of which takes at least two columns.
 */
function containerDepth(line: string): number {
  let markers = 0;
  let indent = 0;
  let rest = line;
  for (let match = containerMarker.exec(rest); match; match = containerMarker.exec(rest)) {
    markers += 1;
    indent += columns(match[1]!);
    rest = rest.slice(match[0].length);
  }
  indent += columns(/^[ \t]*/.exec(rest)![0]);
  return markers + Math.floor(indent / 2);
}

const inlineMark = /\*+|_+|!?\[/g;

/** The first place where Markdown nests or marks up past what the parser handles in time, or `undefined`. */
export function findMarkdownExcess(markdown: string): MarkdownExcess | undefined {
  let blockMarks = 0;
  let fileMarks = 0;
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    const where = index + 1;
    if (!line.trim()) {
      blockMarks = 0;
      continue;
    }
    const depth = containerDepth(line);
    if (depth > MAX_CONTAINER_DEPTH)
      return { line: where, problem: `blockquotes and lists nest ${depth} deep here; at most ${MAX_CONTAINER_DEPTH} levels are allowed` };
    const marks = line.match(inlineMark)?.length ?? 0;
    blockMarks += marks;
    fileMarks += marks;
    if (blockMarks > MAX_INLINE_MARKS_PER_BLOCK)
      return {
        line: where,
        problem: `this block holds more than ${MAX_INLINE_MARKS_PER_BLOCK} emphasis marks and link or image brackets; split it`,
      };
    if (fileMarks > MAX_INLINE_MARKS_PER_FILE)
      return { line: where, problem: `the text holds more than ${MAX_INLINE_MARKS_PER_FILE} emphasis marks and link or image brackets` };
  }
  return undefined;
}

type Node = { children?: Node[]; position?: { start: { line: number } } };

/** The first node nested past what the renderers may recurse through, walked without recursion. */
export function findTreeExcess(tree: Root): MarkdownExcess | undefined {
  const stack: [Node, number][] = [[tree, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_TREE_DEPTH)
      return {
        line: node.position?.start.line ?? 1,
        problem: `the text nests ${MAX_TREE_DEPTH} levels deep here (quotes, lists, emphasis, links); write it flatter`,
      };
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}
