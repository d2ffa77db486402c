import { withDefinitions, type Block } from '@/lib/content/markdown';
import type { ReleaseVersion } from '@/lib/content/release';
import { blockAnchor } from '@/lib/content/anchor';
import { inlineBlock, toInline, type Inline } from './inline';

/** What a translator translates, in reading order: title, subtitle lines, summary, then block N as `p-N`. */
export type TranslationUnit = { id: string; value: Inline[] };

/**
 * Block units: a paragraph's or heading's text with inline codes (a reference-style link one too,
 * read with the definitions it uses); any other block (a list, a quote) as its Markdown.
 */
function blockUnit(block: Block): Inline[] {
  const node = inlineBlock(withDefinitions(block));
  return node ? toInline(node.children) : [block.markdown];
}

/** The unit id of subtitle line `index` (0-based): `subtitle-1` is the first. */
const subtitleUnitId = (index: number) => `subtitle-${index + 1}`;

/** The subtitle line (0-based) a unit id names, or `undefined` for any other unit. */
export function subtitleIndexOf(id: string): number | undefined {
  const match = /^subtitle-([1-9]\d*)$/.exec(id);
  return match ? Number(match[1]) - 1 : undefined;
}

/**
 * The units of one language of a release. Which subtitle lines, summary and blocks there are
 * follows the original, so both languages have the same units.
 */
export function unitsOf(version: ReleaseVersion, original: ReleaseVersion): TranslationUnit[] {
  const text = (value: string | undefined): Inline[] => (value ? [value] : []);
  return [
    { id: 'title', value: text(version.title) },
    ...original.subtitle.map((_, index) => ({ id: subtitleUnitId(index), value: text(version.subtitle[index]) })),
    ...(original.summary ? [{ id: 'summary', value: text(version.summary) }] : []),
    ...original.blocks.map((_, index) => ({
      id: blockAnchor(index),
      value: version.blocks[index] ? blockUnit(version.blocks[index]) : [],
    })),
  ];
}
