import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import sitemap from '@/app/sitemap';
import { getRelease, getReleases, getReleaseSummary } from '@/lib/content';
import { embargoMoments, formatWait, publicationEpochs, scheduledReleases } from '@/lib/content/schedule';
import { getSearchFiles } from '@/lib/search/indexing';
import { releasesFile } from '@/lib/search/format';
import { releaseFeed } from '@/lib/discovery/feed';
import { findDownload } from '@/lib/downloads/catalog';
import { readFixture } from './fixtures';

// tests/fixtures/content/valid holds `embargoed-future` (embargo 2099) and `embargo-passed` (2024).
beforeEach(() => readFixture('valid'));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('a release under embargo at build time', () => {
  it('has no page, side-by-side view or list entry', async () => {
    expect(await getRelease('embargoed-future')).toBeUndefined();
    expect((await getReleases()).map((release) => release.slug)).not.toContain('embargoed-future');
  });

  it('has no downloads, feed entry or sitemap entry', async () => {
    expect(await findDownload('embargo-passed-ko.txt')).toMatchObject({ slug: 'embargo-passed', format: 'txt' });
    for (const name of ['embargoed-future-ko.txt', 'embargoed-future-press-kit.zip', 'embargoed-future-ko-en.pdf'])
      expect(await findDownload(name), name).toBeUndefined();
    const feed = await releaseFeed('ko');
    expect(feed).toContain('/ko/releases/embargo-passed');
    expect(feed).not.toContain('embargoed-future');
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain('http://localhost:3000/ko/releases/embargo-passed');
    expect(urls.filter((url) => url.includes('embargoed-future'))).toEqual([]);
  });
});

describe('a running server', () => {
  // Built before the embargo; served on either side of it. Only the test's clock is moved.
  const embargo = Date.parse('2099-01-01T09:00:00+09:00');
  const serveAt = (time: number) => {
    vi.stubEnv('BUILD_TIME', '2026-12-02T00:00:00Z');
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    vi.useFakeTimers({ toFake: ['Date'], now: time });
  };

  it('publishes a release at its embargo to the millisecond, with the index the build made', async () => {
    serveAt(embargo - 1);
    expect(await getReleaseSummary('embargoed-future')).toBeUndefined();
    expect(await findDownload('embargoed-future-ko.txt')).toBeUndefined();
    vi.setSystemTime(embargo);
    expect((await getRelease('embargoed-future'))?.slug).toBe('embargoed-future');
    expect((await getReleases())[0]!.slug).toBe('embargoed-future');
    expect(await findDownload('embargoed-future-ko.txt')).toMatchObject({ slug: 'embargoed-future' });
  });

  it('serves the search index of what is public: the one made for the embargo only from its moment', async () => {
    serveAt(embargo - 1);
    const before = await getSearchFiles();
    expect(await before.file(releasesFile(0))).not.toContain('embargoed-future');
    vi.setSystemTime(embargo);
    const after = await getSearchFiles();
    expect(after.version).not.toBe(before.version);
    expect(await after.file(releasesFile(0))).toContain('embargoed-future');
    expect(await getSearchFiles(before.version)).toBe(before);
    vi.setSystemTime(embargo - 1);
    expect(await getSearchFiles()).toBe(before);
    expect(await getSearchFiles(after.version)).toBeUndefined();
  });
});

describe('the moments what is public changes', () => {
  const releases = [
    { embargo: '2026-12-03T06:00+09:00' },
    {},
    { embargo: '2026-12-01T06:00+09:00' },
    { embargo: '2026-12-05T06:00+09:00' },
    { embargo: '2026-12-02T21:00:00Z' },
  ];
  const build = new Date('2026-12-02T00:00:00Z');

  it('are the embargoes still ahead, soonest first, each once', () => {
    expect(embargoMoments(releases, build).map((moment) => moment.toISOString())).toEqual([
      '2026-12-02T21:00:00.000Z',
      '2026-12-04T21:00:00.000Z',
    ]);
    expect(embargoMoments(releases, new Date('2026-12-06T00:00:00Z'))).toEqual([]);
  });

  it('each begin one more set of public releases', () => {
    const epochs = publicationEpochs(releases, build);
    expect(epochs.map(({ from, releases: shown }) => [from.toISOString(), shown.length])).toEqual([
      ['2026-12-02T00:00:00.000Z', 2],
      ['2026-12-02T21:00:00.000Z', 4],
      ['2026-12-04T21:00:00.000Z', 5],
    ]);
  });
});

describe('the schedule the press team reads', () => {
  const now = new Date('2026-12-02T08:56:00Z');
  it('lists releases still under embargo, soonest first, in KST with the time until each', () => {
    const releases = [
      { slug: 'later', embargo: '2026-12-05T06:00+09:00' },
      { slug: 'public', embargo: '2026-12-01T06:00+09:00' },
      { slug: 'never-embargoed' },
      { slug: 'tomorrow-morning', embargo: '2026-12-03T06:00+09:00' },
      { slug: 'in-a-moment', embargo: '2026-12-02T08:56:30Z' },
    ];
    expect(scheduledReleases(releases, now).map(({ line }) => line)).toEqual([
      'scheduled: in-a-moment 2026-12-02 17:56 KST, in under a minute',
      'scheduled: tomorrow-morning 2026-12-03 06:00 KST, in 12 h 4 min',
      'scheduled: later 2026-12-05 06:00 KST, in 2 d 12 h',
    ]);
  });

  it.each([
    [21 * 3600_000 + 4 * 60_000, '21 h 4 min'],
    [3600_000, '1 h'],
    [59 * 60_000 + 59_000, '59 min'],
    [2 * 86_400_000, '2 d'],
  ])('writes a wait of %i ms as "%s"', (milliseconds, text) => {
    expect(formatWait(milliseconds)).toBe(text);
  });
});
