import type { Locale } from 'next-intl';
import { fromYear, pageOf, taggedWith, yearsOf, type ListPage } from './listing';
import { getNewsroom, getReleases } from './index';
import { readable, type ListedRelease } from './release';

/** Which releases a list page shows: all, one tag's, or one year's. */
export type ListingOf = { all: true } | { tag: string } | { year: number };

/** One page of a listing for readers of `locale`, with the years for the archive links; `undefined` past the end or for an unknown tag or year. */
export async function getListing(of: ListingOf, locale: Locale, page: number): Promise<{ page: ListPage<ListedRelease>; years: number[] } | undefined> {
  const releases = await getReleases();
  if ('tag' in of && !Object.hasOwn((await getNewsroom()).tags, of.tag)) return undefined;
  const chosen = 'tag' in of ? taggedWith(releases, of.tag) : 'year' in of ? fromYear(releases, of.year) : releases;
  if ('year' in of && chosen.length === 0) return undefined;
  const found = pageOf(chosen.map((release) => readable(release, locale)), page);
  return found && { page: found, years: yearsOf(releases) };
}
