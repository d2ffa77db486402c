import MiniSearch from 'minisearch';
import type { Locale } from 'next-intl';
import { blockAnchor } from '@/lib/content/anchor';
import { engineOptions } from './engine';
import { bestBlock, excerptOf, type Segment } from './excerpt';
import { parseDocumentId, type ReleaseText } from './release-text';
import { joinIndex, shardOf, type IndexEntries, type IndexHead } from './shards';
import { queryTerms } from './terms';

/** Where the index comes from: files over HTTP in the browser, memory in tests. */
export type IndexSource = {
  head(): Promise<IndexHead>;
  shard(shard: number): Promise<IndexEntries>;
  release(slug: string): Promise<ReleaseText>;
};

/** A release that matches, in the language it matched (the reader's own when both did), with its title and date. */
export type Hit = { slug: string; locale: Locale; date: string; title: string };

type Found = { score: number; versions: Map<Locale, { title: string; date: string }> };

/** Releases matching `query` in any language, best first; each release once. Needs the index only, not the releases' text. */
export async function findReleases(query: string, readerLocale: Locale, source: IndexSource): Promise<Hit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const head = await source.head();
  const shards = await Promise.all([...new Set(terms.map((term) => shardOf(term, head.shardCount)))].map((shard) => source.shard(shard)));
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
