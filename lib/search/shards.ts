import type { AsPlainObject } from 'minisearch';

/**
 * The index split by term, so a query fetches only the shards of its own terms. A term's shard
 * is chosen by its first Korean syllable or first two other letters, so a prefix (as the reader
 * types) is in the same shard as every term it can complete.
 */

/** Everything of the index but its terms: which documents there are and how long each is. */
export type IndexHead = Omit<AsPlainObject, 'index'> & { shardCount: number };
export type IndexEntries = AsPlainObject['index'];
export type SplitIndex = { head: IndexHead; shards: IndexEntries[] };

const shardKey = (term: string) => (/^\p{Script=Hangul}/u.test(term) ? term.slice(0, 1) : term.slice(0, 2));

/** FNV-1a: a small, stable hash, the same in every runtime. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return value >>> 0;
}

/** The shard that holds `term` (and every term it is a prefix of, from its key on). */
export const shardOf = (term: string, shardCount: number) => hash(shardKey(term)) % shardCount;

/** About this many documents' terms per shard keeps a query's download small at any size. */
const DOCUMENTS_PER_SHARD = 4;
const MAX_SHARDS = 512;

/** A power of two between 1 and 512 that grows with the number of documents. */
export const shardCountFor = (documents: number) => Math.min(MAX_SHARDS, 2 ** Math.ceil(Math.log2(Math.max(1, documents / DOCUMENTS_PER_SHARD))));

export function splitIndex(index: AsPlainObject): SplitIndex {
  const { index: entries, ...rest } = index;
  const shardCount = shardCountFor(index.documentCount);
  const shards: IndexEntries[] = Array.from({ length: shardCount }, () => []);
  for (const entry of entries) shards[shardOf(entry[0], shardCount)]!.push(entry);
  return { head: { ...rest, shardCount }, shards };
}

/**
 * An index of the head and the terms of `shards` that `keep` wants: enough for a query whose
 * shards are among them. A shard holds many other terms; leaving them out spares the browser
 * building their postings.
 */
export function joinIndex(head: IndexHead, shards: IndexEntries[], keep: (term: string) => boolean): AsPlainObject {
  return { ...head, index: shards.flat().filter(([term]) => keep(term)) };
}
