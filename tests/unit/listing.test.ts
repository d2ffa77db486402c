import { afterEach, describe, expect, it, vi } from 'vitest';
import { listedAt, listingAt, listingExists } from '@/lib/content';
import { visiblePages } from '@/components/listing/pagination';
import { laterPages, pageFromSegments, pageOf, relatedTo, yearOf, yearsOf } from '@/lib/content/listing';
import type { Release } from '@/lib/content/release';
import { readFixture } from './fixtures';

const release = (slug: string, date: string, tags: string[]) => ({ slug, date, tags }) as unknown as Release;

describe('pages of a list', () => {
  const items = Array.from({ length: 45 }, (_, index) => index);

  it('are 20 long, page 1 always exists, and nothing lies past the end', () => {
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pageCount: 3, items: items.slice(0, 20) });
    expect(pageOf(items, 3)?.items).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(items, 4)).toBeUndefined();
    expect(pageOf(items, 0)).toBeUndefined();
    expect(pageOf(items, Number.NaN)).toBeUndefined();
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pageCount: 1 });
    expect(laterPages(45)).toEqual([2, 3]);
    expect(laterPages(20)).toEqual([]);
  });

  it('are named by their own URL segments only', () => {
    expect(pageFromSegments(undefined)).toBe(1);
    expect(pageFromSegments(['page', '2'])).toBe(2);
    for (const bad of [['page', '1'], ['page', '02'], ['page'], ['pages', '2'], ['page', '2', 'x']])
      expect(pageFromSegments(bad)).toBeNaN();
  });

  it('show a bounded set of numbers however many pages there are', () => {
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(250, 500)).toEqual([1, 'gap', 249, 250, 251, 'gap', 500]);
    expect(visiblePages(500, 500)).toEqual([1, 'gap', 499, 500]);
  });
});

describe('years and related releases', () => {
  it('date a release by its day in Korea', () => {
    expect(yearOf(release('a', '2023-12-31T15:30:00Z', []))).toBe(2024);
    expect(yearOf(release('a', '2024-01-01T08:59:00+09:00', []))).toBe(2024);
    expect(
      yearsOf([
        release('a', '2021-05-01T09:00:00+09:00', []),
        release('b', '2024-05-01T09:00:00+09:00', []),
        release('c', '2021-06-01T09:00:00+09:00', []),
      ]),
    ).toEqual([2024, 2021]);
  });

  it('relate releases that share a tag, newest first, at most three, never the release itself', () => {
    const releases = [
      release('e', '2024-05', ['x']),
      release('d', '2024-04', ['y']),
      release('c', '2024-03', ['x', 'y']),
      release('b', '2024-02', ['x']),
      release('a', '2024-01', ['x']),
    ];
    // c shares a tag with all four others, and would itself come third of them in date order.
    expect(relatedTo(releases[2]!, releases).map((other) => other.slug)).toEqual(['e', 'd', 'b']);
    expect(relatedTo(release('z', '2024-06', ['w']), releases)).toEqual([]);
  });
});

describe('whether a list address names a page (what the proxy asks before each list page renders)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('answers as the page would find it, for every kind of list, past the end and unknown', async () => {
    readFixture('valid');
    const addresses = [
      listedAt.later('2'),
      listedAt.later('1'),
      listedAt.tag('news'),
      listedAt.tag('news', ['page', '2']),
      listedAt.tag('no-such-topic'),
      listedAt.year('2024'),
      listedAt.year('2024', ['page', '2']),
      listedAt.year('1999'),
      listedAt.year('02024'),
    ];
    const found = await Promise.all(addresses.map(async (address) => (await listingAt('ko', address)) !== undefined));
    expect(await Promise.all(addresses.map((address) => listingExists(address)))).toEqual(found);
    expect(found).toEqual([false, false, true, false, false, true, false, false, false]);
  });
});
