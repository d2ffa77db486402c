import type { Locale } from 'next-intl';
import { blockAnchor } from '@/lib/content/anchor';
import { routing } from '@/lib/i18n/routing';
import { documentOf, type Hit, type IndexHead, type ReleaseCard, type ReleaseText, type TermChunk } from '../format';
import { filterTerms, queryTerms, type SearchFilters } from '../terms';
import { completionFactor, completionPrefix } from './completion';
import { bestBlock, excerptOf, type Segment } from './excerpt';
import { chunkOf, chunksFrom, releaseFileOf } from './lookup';

/** Where the index comes from: files over HTTP in the browser, memory in tests. */
export type IndexSource = {
  head(): Promise<IndexHead>;
  chunk(chunk: number): Promise<TermChunk>;
  releases(file: number): Promise<ReleaseCard[]>;
  release(slug: string): Promise<ReleaseText>;
};

/** A release that matches, by number (0 is the newest), in the language to show it in: the reader's own when both matched. */
export type Match = { release: number; locale: Locale };

/** What a query found: its matches, best first, and the cards the index sent along with them. */
export type Found = { matches: Match[]; cards: Map<number, ReleaseCard> };

/**
 * The query's words and filters as terms, which of them the reader may still be typing (the last
 * word), if any, and what the terms it may grow into begin with.
 */
function termsOf({ query, filters = {} }: SearchRequest): { terms: string[]; typing: number; prefix?: string } {
  const words = [...new Set(queryTerms(query))];
  const prefix = words.length > 0 ? completionPrefix(query, words.at(-1)!) : undefined;
  return { terms: [...words, ...filterTerms(filters)], typing: prefix === undefined ? -1 : words.length - 1, prefix };
}

/** What a query asks the index for (termsOf). */
type Asked = ReturnType<typeof termsOf>;

/** Each term as the chunks it needs: the word being typed with the chunks its completions sort into. */
function chunksOf({ terms, prefix }: Asked, head: IndexHead): number[] {
  const completions = prefix === undefined ? [] : chunksFrom(prefix, head);
  return [...new Set([...terms.map((term) => chunkOf(term, head)), ...completions])];
}

/** The chunks `asked` needs, fetched at once (the head first: it says which). */
async function chunksFor(asked: Asked, source: IndexSource): Promise<TermChunk[]> {
  const head = await source.head();
  if (head.chunks.length === 0) return [];
  return Promise.all(chunksOf(asked, head).map((chunk) => source.chunk(chunk)));
}

/**
 * Starts fetching the files `request` needs, as the reader types it, so that the search itself
 * (after a pause in typing) finds them on the way or here. Each file is fetched once.
 */
export function prefetchIndexFor(request: SearchRequest, source: IndexSource): void {
  const asked = termsOf(request);
  (asked.terms.length ? chunksFor(asked, source) : source.head()).catch(() => undefined);
}

/** Each document holding `term` (or, while it is typed, a term beginning with `prefix`), with its weight. */
function weightsOf(term: string, prefix: string | undefined, chunks: TermChunk[]): Map<number, number> {
  const weights = new Map<number, number>();
  for (const chunk of chunks) {
    for (const [candidate, gaps, scores] of chunk.terms) {
      if (candidate !== term && !(prefix !== undefined && candidate.startsWith(prefix))) continue;
      const factor = completionFactor(term, candidate);
      let document = 0;
      gaps.forEach((gap, index) => {
        document += gap;
        weights.set(document, Math.max(weights.get(document) ?? 0, scores[index]! * factor));
      });
    }
  }
  return weights;
}

/** What a search asks for: words, and a year and a topic it keeps to. */
export type SearchRequest = { query: string; filters?: SearchFilters };

/**
 * Releases matching every term of the query in one of their languages, and the filters, best
 * first (newest first among equals: with filters alone, newest first).
 */
export async function findReleases(request: SearchRequest, readerLocale: Locale, source: IndexSource): Promise<Found> {
  const asked = termsOf(request);
  if (asked.terms.length === 0) return { matches: [], cards: new Map() };
  const chunks = await chunksFor(asked, source);
  const perTerm = asked.terms
    .map((term, index) => weightsOf(term, index === asked.typing ? asked.prefix : undefined, chunks))
    .sort((a, b) => a.size - b.size);
  const releases = new Map<number, { score: number; locales: Set<Locale> }>();
  for (const [document, weight] of perTerm[0]!) {
    let score = weight;
    for (const other of perTerm.slice(1)) {
      const more = other.get(document);
      if (more === undefined) {
        score = -1;
        break;
      }
      score += more;
    }
    if (score < 0) continue;
    const { release, locale } = documentOf(document, routing.locales);
    const found = releases.get(release) ?? { score: 0, locales: new Set<Locale>() };
    found.score = Math.max(found.score, score);
    found.locales.add(locale);
    releases.set(release, found);
  }
  const matches = [...releases]
    .sort(([a, x], [b, y]) => y.score - x.score || a - b)
    .map(([release, { locales }]) => ({ release, locale: locales.has(readerLocale) ? readerLocale : [...locales][0]! }));
  const cards = new Map(
    chunks.flatMap((chunk) => Object.entries(chunk.releases).map(([release, card]) => [Number(release), card] as const)),
  );
  return { matches, cards };
}

/** The cards of `releases` that `known` lacks, from the release files. */
export async function cardsOf(releases: number[], known: Map<number, ReleaseCard>, source: IndexSource): Promise<Map<number, ReleaseCard>> {
  const head = await source.head();
  const missing = releases.filter((release) => !known.has(release) && release < head.releaseCount);
  if (missing.length === 0) return new Map();
  const files = [...new Set(missing.map((release) => releaseFileOf(release, head)))];
  const cards = new Map<number, ReleaseCard>();
  await Promise.all(
    files.map(async (file) => {
      (await source.releases(file)).forEach((card, index) => cards.set(file * head.releasesPerFile + index, card));
    }),
  );
  return cards;
}

/** The matches that can be shown now, in order: up to the first whose card has not arrived. */
export function hitsOf(matches: Match[], cards: Map<number, ReleaseCard>): Hit[] {
  const hits: Hit[] = [];
  for (const { release, locale } of matches) {
    const card = cards.get(release);
    if (!card) break;
    // A release listed without a query (the newest) may lack the reader's language.
    const shown = card.title[locale] ? locale : (Object.keys(card.title)[0] as Locale);
    hits.push({ slug: card.slug, locale: shown, date: card.date, title: card.title[shown]! });
  }
  return hits;
}

/** The paragraph of a hit that matches best, highlighted, with its anchor (none when only the title matched). */
export type Excerpt = { excerpt: Segment[]; anchor?: string };

export async function excerptFor(hit: Pick<Hit, 'slug' | 'locale'>, query: string, source: IndexSource): Promise<Excerpt> {
  const blocks = (await source.release(hit.slug))[hit.locale] ?? [];
  const block = bestBlock(blocks, query);
  return { excerpt: excerptOf(blocks[block ?? 0] ?? '', query), anchor: block === undefined ? undefined : blockAnchor(block) };
}
