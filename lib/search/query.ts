import MiniSearch from 'minisearch';
import type { Locale } from 'next-intl';
import { blockAnchor } from '@/lib/content/anchor';
import { engineOptions } from './engine';
import { bestBlock, excerptOf, type Segment } from './excerpt';
import { parseDocumentId, type ReleaseText } from './release-text';
import { joinIndex, shardOf, type IndexEntries, type IndexHead } from './shards';
import { queryTerms } from './terms';

/**
 * The longest query searched, in characters: a sentence pasted whole fits, and its address stays
 * far below what servers accept (a query of 2,800 syllables made one the server refused).
 */
export const MAX_QUERY_LENGTH = 256;

/** Where the index comes from: files over HTTP in the browser, memory in tests. */
export type IndexSource = {
  /** Known before the head arrives, so the head and a query's shards are fetched at once. */
  shardCount: number;
  head(): Promise<IndexHead>;
  shard(shard: number): Promise<IndexEntries>;
  release(slug: string): Promise<ReleaseText>;
};

/** A release that matches, in the language it matched (the reader's own when both did), with its title and date. */
export type Hit = { slug: string; locale: Locale; date: string; title: string };

type Found = { score: number; versions: Map<Locale, { title: string; date: string }> };

/** The head and the shards holding `terms`, fetched together. */
function indexFor(terms: string[], source: IndexSource) {
  const shards = [...new Set(terms.map((term) => shardOf(term, source.shardCount)))];
  return Promise.all([source.head(), Promise.all(shards.map((shard) => source.shard(shard)))]);
}

/**
 * Starts fetching the files `query` needs, as the reader types it, so that the search itself
 * (after a pause in typing) finds them on the way or here. Each file is fetched once.
 */
export function prefetchIndexFor(query: string, source: IndexSource): void {
  indexFor(queryTerms(query), source).catch(() => undefined);
}

/** Releases matching `query` in any language, best first; each release once. Needs the index only, not the releases' text. */
export async function findReleases(query: string, readerLocale: Locale, source: IndexSource): Promise<Hit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const [head, shards] = await indexFor(terms, source);
  // The query's terms, and what the last one may grow into as the reader types.
  const last = terms.at(-1)!;
  const engine = MiniSearch.loadJS(joinIndex(head, shards, (term) => terms.includes(term) || term.startsWith(last)), engineOptions);
  const releases = new Map<string, Found>();
  for (const result of engine.search(query)) {
    const { locale, slug } = parseDocumentId(String(result.id));
    const found = releases.get(slug) ?? { score: 0, versions: new Map() };
    found.score = Math.max(found.score, result.score);
    found.versions.set(locale, { title: result.title, date: result.date });
    releases.set(slug, found);
  }
  return [...releases]
    .sort(([, a], [, b]) => b.score - a.score)
    .map(([slug, { versions }]) => {
      const locale = versions.has(readerLocale) ? readerLocale : [...versions.keys()][0]!;
      const { title, date } = versions.get(locale)!;
      return { slug, locale, date, title };
    });
}

/** The paragraph of a hit that matches best, highlighted, with its anchor (none when only the title matched). */
export type Excerpt = { excerpt: Segment[]; anchor?: string };

export async function excerptFor(hit: Pick<Hit, 'slug' | 'locale'>, query: string, source: IndexSource): Promise<Excerpt> {
  const blocks = (await source.release(hit.slug))[hit.locale] ?? [];
  const block = bestBlock(blocks, query);
  return { excerpt: excerptOf(blocks[block ?? 0] ?? '', query), anchor: block === undefined ? undefined : blockAnchor(block) };
}
