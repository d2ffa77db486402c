import MiniSearch from 'minisearch';
import type { Locale } from 'next-intl';
import { engineOptions } from './engine';
import { blockAnchor } from '@/lib/content/anchor';
import { bestBlock, excerptOf, highlight, type Segment } from './excerpt';
import { parseDocumentId, type ReleaseText } from './release-text';
import { joinIndex, shardOf, type IndexEntries, type IndexHead } from './shards';
import { queryTerms } from './terms';

/** Where the index comes from: files over HTTP in the browser, memory in tests. */
export type IndexSource = {
  head(): Promise<IndexHead>;
  shard(shard: number): Promise<IndexEntries>;
  release(slug: string): Promise<ReleaseText>;
};

/** A release that matches, in the language it matched (the reader's own when both did). */
export type Hit = { slug: string; locale: Locale };

/** Releases matching `query` in any language, best first; each release once. */
export async function findReleases(query: string, readerLocale: Locale, source: IndexSource): Promise<Hit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const head = await source.head();
  const shards = await Promise.all([...new Set(terms.map((term) => shardOf(term, head.shardCount)))].map((shard) => source.shard(shard)));
  const engine = MiniSearch.loadJS(joinIndex(head, shards), engineOptions);
  const releases = new Map<string, { score: number; locales: Locale[] }>();
  for (const result of engine.search(query)) {
    const { locale, slug } = parseDocumentId(String(result.id));
    const release = releases.get(slug) ?? { score: 0, locales: [] };
    releases.set(slug, { score: Math.max(release.score, result.score), locales: [...release.locales, locale] });
  }
  return [...releases]
    .sort(([, a], [, b]) => b.score - a.score)
    .map(([slug, { locales }]) => ({ slug, locale: locales.includes(readerLocale) ? readerLocale : locales[0]! }));
}

/** A result as the page shows it. */
export type Result = Hit & Pick<ReleaseText, 'date' | 'dateText'> & { title: Segment[]; excerpt: Segment[]; anchor?: string };

/** The result for `hit`: its title and best-matching block, highlighted, with that block's anchor. */
export async function describeHit(hit: Hit, query: string, source: IndexSource): Promise<Result> {
  const text = await source.release(hit.slug);
  const version = text.versions[hit.locale]!;
  const block = bestBlock(version.blocks, query);
  return {
    ...hit,
    date: text.date,
    dateText: text.dateText,
    title: highlight(version.title, query),
    excerpt: excerptOf(version.blocks[block ?? 0] ?? '', query),
    anchor: block === undefined ? undefined : blockAnchor(block),
  };
}
