import { createHash } from 'node:crypto';
import { blockAnchor } from './anchor';
import type { Block } from './markdown';
import type { TranslationRecord } from './schema';

/** The version of an original block: a short hash of its Markdown source. */
export const blockVersion = (block: Pick<Block, 'markdown'>) =>
  createHash('sha256').update(block.markdown.trim()).digest('hex').slice(0, 8);

/** A translated block whose original changed after it was translated: the original then and now. */
export type StaleBlock = { index: number; was: string; now: string };

/** What a translation record says of a translation: which blocks are stale, and which it does not know. */
export type Freshness = { recorded: boolean; stale: StaleBlock[]; unrecorded: number[] };

/** Compares the record with the original's blocks as they are now. */
export function freshnessOf(original: Block[], record: TranslationRecord | undefined): Freshness {
  if (!record) return { recorded: false, stale: [], unrecorded: original.map((_, index) => index) };
  const stale: StaleBlock[] = [];
  const unrecorded: number[] = [];
  original.forEach((block, index) => {
    const entry = record[blockAnchor(index)];
    if (!entry) unrecorded.push(index);
    else if (entry.hash !== blockVersion(block)) stale.push({ index, was: entry.source, now: block.text });
  });
  return { recorded: true, stale, unrecorded };
}

/** The record that says the translation is up to date with `original` as it is now. */
export function recordOf(original: Block[]): TranslationRecord {
  return Object.fromEntries(original.map((block, index) => [blockAnchor(index), { hash: blockVersion(block), source: block.text }]));
}
