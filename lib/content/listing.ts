import type { ReleaseSummary } from './release';
import { koreaParts } from '@/lib/i18n/formats';

/** Releases on one list page: lists stay the same size however large the newsroom grows. */
const PAGE_SIZE = 20;

/** One page of a list, 1-based; page 1 exists even for an empty list. */
export type ListPage<T> = { items: T[]; page: number; pageCount: number };

/** Page `page` of `items`, or `undefined` past the end. */
export function pageOf<T>(items: T[], page: number): ListPage<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pageCount };
}

/** The numbers of the pages after the first (their own URLs: /page/2 …). */
export const laterPages = (count: number) => Array.from({ length: Math.max(0, Math.ceil(count / PAGE_SIZE) - 1) }, (_, index) => index + 2);

/** Each release's year, worked out once: a year's list and the archive links read all of them on every request. */
const yearsKnown = new WeakMap<Pick<ReleaseSummary, 'date'>, number>();

/** The year a release belongs to: its date in Korea. */
export function yearOf(release: Pick<ReleaseSummary, 'date'>): number {
  let year = yearsKnown.get(release);
  if (year === undefined) {
    year = Number(koreaParts(new Date(release.date)).year);
    yearsKnown.set(release, year);
  }
  return year;
}

/** Every year with releases, newest first. */
export const yearsOf = (releases: ReleaseSummary[]) => [...new Set(releases.map(yearOf))].sort((a, b) => b - a);

/**
 * Part of a list, chosen once per list and key: the public releases are the same array until an
 * embargo passes, and a topic or year page (and the proxy before it) asks for its part each request.
 */
const parts = new WeakMap<object, Map<string, unknown[]>>();
function partOf<R>(releases: R[], key: string, choose: (release: R) => boolean): R[] {
  let known = parts.get(releases);
  if (!known) parts.set(releases, (known = new Map()));
  let part = known.get(key) as R[] | undefined;
  if (!part) known.set(key, (part = releases.filter(choose)));
  return part;
}

/** Releases that name `tag`, in the order given (newest first). */
export const taggedWith = <R extends ReleaseSummary>(releases: R[], tag: string) =>
  partOf(releases, `tag:${tag}`, (release) => release.tags.includes(tag));

/** Releases of `year` (in Korea), in the order given. */
export const fromYear = <R extends ReleaseSummary>(releases: R[], year: number) =>
  partOf(releases, `year:${year}`, (release) => yearOf(release) === year);

/** Up to `count` other releases sharing a tag with `release`, newest first. */
export function relatedTo<R extends ReleaseSummary>(release: ReleaseSummary, releases: R[], count = 3): R[] {
  return releases.filter((other) => other.slug !== release.slug && other.tags.some((tag) => release.tags.includes(tag))).slice(0, count);
}

/** A list's heading on page `page`: as it is on page 1, with the page named after it. */
export const pagedHeading = (heading: string, page: number, pageName: (page: number) => string) =>
  page === 1 ? heading : `${heading} (${pageName(page)})`;

/** A page number as written in a URL: digits without a leading zero, else NaN (a 404). */
export const pageNumberOf = (segment: string | undefined) =>
  segment !== undefined && /^[1-9]\d*$/.test(segment) ? Number(segment) : Number.NaN;

/** The page a list's optional `[[...page]]` segments name: none is page 1, `page/{n}` page n, anything else NaN (a 404). */
export const pageFromSegments = (segments: string[] = []) =>
  segments.length === 0
    ? 1
    : segments.length === 2 && segments[0] === 'page' && pageNumberOf(segments[1]) > 1
      ? pageNumberOf(segments[1])
      : Number.NaN;

/** The `[[...page]]` segments of every page of a list of `count` releases. */
export const pageSegments = (count: number) => [[], ...laterPages(count).map((n) => ['page', String(n)])];

/** The first pages of a list, which the build renders ahead; readers seldom page further, and later pages render on their first request. */
export const PRERENDERED_PAGES = 5;
