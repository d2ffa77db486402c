import type { Locale } from 'next-intl';
import { fromYear, pageFromSegments, pageNumberOf, pageOf, taggedWith, yearsOf, type ListPage } from './listing';
import { getNewsroom, getReleases } from './store';
import { topicsOf } from './newsroom';
import { readable, type ListedRelease } from './release';

/** Which releases a list page shows: all, one tag's, or one year's. */
export type ListingOf = { all: true } | { tag: string } | { year: number };

/** One page of a list, how many releases the list holds, the years with releases (for the archive links) and the topics' labels. */
export type Listing = { page: ListPage<ListedRelease>; count: number; years: number[]; topics: Record<string, string> };

/** A list an address names: which releases, and which page of them (NaN where the address names none). */
export type ListAddress = { of: ListingOf; page: number };

/** The releases `of` names, public now, with all of them and the newsroom; `undefined` for an unknown tag or a year without releases. */
async function chosen(of: ListingOf) {
  const [releases, newsroom] = await Promise.all([getReleases(), getNewsroom()]);
  if ('tag' in of && !Object.hasOwn(newsroom.tags, of.tag)) return undefined;
  const list = 'tag' in of ? taggedWith(releases, of.tag) : 'year' in of ? fromYear(releases, of.year) : releases;
  return 'year' in of && list.length === 0 ? undefined : { list, releases, newsroom };
}

/** One page of a listing for readers of `locale`; `undefined` past the end or for an unknown tag or year. */
export async function getListing(of: ListingOf, locale: Locale, page: number): Promise<Listing | undefined> {
  const found = await chosen(of);
  const shown = found && pageOf(found.list, page);
  if (!found || !shown) return undefined;
  const topics = Object.fromEntries(topicsOf(found.newsroom, locale).map(({ tag, label }) => [tag, label]));
  // Only the page's releases in the reader's language: a list of 10,000 is read for its length alone.
  const items = shown.items.map((release) => readable(release, locale));
  return { page: { ...shown, items }, count: found.list.length, years: yearsOf(found.releases), topics };
}

/**
 * Whether a list page exists now, as getListing would find it, without laying it out (the proxy
 * asks on every request: counting the releases costs microseconds a release, laying out the page more).
 */
export async function listingExists({ of, page }: ListAddress): Promise<boolean> {
  const found = await chosen(of);
  return found !== undefined && pageOf(found.list, page) !== undefined;
}

/** The list each list address names: `/page/{n}` (a later page; the first is `/{locale}`), `/tags/{tag}`, `/archive/{year}`, each with its `page/{n}`. */
export const listedAt = {
  later: (n: string): ListAddress => ({ of: { all: true }, page: pageNumberOf(n) > 1 ? pageNumberOf(n) : Number.NaN }),
  tag: (tag: string, segments?: string[]): ListAddress => ({ of: { tag }, page: pageFromSegments(segments) }),
  // Four digits as the links write them: 02024 or 2024.0 is no year's address.
  year: (year: string, segments?: string[]): ListAddress => ({
    of: { year: /^\d{4}$/.test(year) ? Number(year) : Number.NaN },
    page: pageFromSegments(segments),
  }),
};

/** What a list address shows to readers of `locale`. */
export const listingAt = (locale: Locale, { of, page }: ListAddress) => getListing(of, locale, page);
