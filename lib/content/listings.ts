import type { Locale } from 'next-intl';
import { fromYear, pageFromSegments, pageNumberOf, pageOf, taggedWith, yearsOf, type ListPage } from './listing';
import { getNewsroom, getReleases } from './store';
import { topicsOf } from './newsroom';
import { readable, type ListedRelease } from './release';

/** Which releases a list page shows: all, one tag's, or one year's. */
export type ListingOf = { all: true } | { tag: string } | { year: number };

/** One page of a list, how many releases the list holds, the years with releases (for the archive links) and the topics' labels. */
export type Listing = { page: ListPage<ListedRelease>; count: number; years: number[]; topics: Record<string, string> };

/** One page of a listing for readers of `locale`; `undefined` past the end or for an unknown tag or year. */
export async function getListing(of: ListingOf, locale: Locale, page: number): Promise<Listing | undefined> {
  const [releases, newsroom] = await Promise.all([getReleases(), getNewsroom()]);
  if ('tag' in of && !Object.hasOwn(newsroom.tags, of.tag)) return undefined;
  const chosen = 'tag' in of ? taggedWith(releases, of.tag) : 'year' in of ? fromYear(releases, of.year) : releases;
  if ('year' in of && chosen.length === 0) return undefined;
  const found = pageOf(
    chosen.map((release) => readable(release, locale)),
    page,
  );
  const topics = Object.fromEntries(topicsOf(newsroom, locale).map(({ tag, label }) => [tag, label]));
  return found && { page: found, count: chosen.length, years: yearsOf(releases), topics };
}

/** What `/{locale}/page/{n}` shows: a later page of every release (the first is `/{locale}`). */
export const laterListing = async (locale: Locale, n: string) => {
  const page = pageNumberOf(n);
  return page > 1 ? getListing({ all: true }, locale, page) : undefined;
};

/** What `/{locale}/tags/{tag}` and its `page/{n}` show. */
export const tagListing = (locale: Locale, tag: string, segments?: string[]) => getListing({ tag }, locale, pageFromSegments(segments));

/** What `/{locale}/archive/{year}` and its `page/{n}` show: four digits as the links write them (02024 or 2024.0 is no year's address). */
export const yearListing = (locale: Locale, year: string, segments?: string[]) =>
  getListing({ year: /^\d{4}$/.test(year) ? Number(year) : Number.NaN }, locale, pageFromSegments(segments));
