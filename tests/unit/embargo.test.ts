import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import sitemap from '@/app/sitemap';
import { getBilingualRelease, getReadableRelease, listReadableReleases } from '@/lib/content/loader';
import { listDownloads } from '@/lib/downloads/catalog';
import { releaseFeed } from '@/lib/feed';
import { useFixture } from './fixtures';

// tests/fixtures/content/valid holds `embargoed-future` (embargo 2099) and `embargo-passed` (2024).
beforeEach(() => useFixture('valid'));
afterEach(() => vi.unstubAllEnvs());

describe('a release under embargo at build time', () => {
  it('has no page, side-by-side view or list entry', async () => {
    expect(await getReadableRelease('embargoed-future', 'ko')).toBeUndefined();
    expect(await getBilingualRelease('embargoed-future')).toBeUndefined();
    expect((await listReadableReleases('en')).map(({ release }) => release.slug)).not.toContain('embargoed-future');
  });

  it('has no downloads, feed entry or sitemap entry', async () => {
    const downloads = (await listDownloads()).map((download) => download.name);
    expect(downloads).toContain('embargo-passed-ko.txt');
    expect(downloads.filter((name) => name.startsWith('embargoed-future'))).toEqual([]);
    const feed = await releaseFeed('ko');
    expect(feed).toContain('/ko/releases/embargo-passed');
    expect(feed).not.toContain('embargoed-future');
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain('http://localhost:3000/ko/releases/embargo-passed');
    expect(urls.filter((url) => url.includes('embargoed-future'))).toEqual([]);
  });

  it('appears once its embargo has passed', async () => {
    expect(await getReadableRelease('embargo-passed', 'ko')).toBeDefined();
    expect(await getReadableRelease('embargoed-future', 'ko', new Date('2099-01-01T00:00:00Z'))).toBeDefined();
  });
});
