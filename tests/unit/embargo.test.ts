import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import sitemap from '@/app/sitemap';
import { getRelease, getReleases } from '@/lib/content';
import { releaseFeed } from '@/lib/discovery/feed';
import { findDownload } from '@/lib/downloads/catalog';
import { atBuildTime, useFixture } from './fixtures';

// tests/fixtures/content/valid holds `embargoed-future` (embargo 2099) and `embargo-passed` (2024).
beforeEach(() => useFixture('valid'));
afterEach(() => vi.unstubAllEnvs());

describe('a release under embargo at build time', () => {
  it('has no page, side-by-side view or list entry', async () => {
    expect(await getRelease('embargoed-future')).toBeUndefined();
    expect((await getReleases()).map((release) => release.slug)).not.toContain('embargoed-future');
  });

  it('has no downloads, feed entry or sitemap entry', async () => {
    expect(await findDownload('embargo-passed-ko.txt')).toMatchObject({ slug: 'embargo-passed', format: 'txt' });
    for (const name of ['embargoed-future-ko.txt', 'embargoed-future-press-kit.zip', 'embargoed-future-ko-en.pdf']) expect(await findDownload(name), name).toBeUndefined();
    const feed = await releaseFeed('ko');
    expect(feed).toContain('/ko/releases/embargo-passed');
    expect(feed).not.toContain('embargoed-future');
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain('http://localhost:3000/ko/releases/embargo-passed');
    expect(urls.filter((url) => url.includes('embargoed-future'))).toEqual([]);
  });

  it('appears once its embargo has passed', async () => {
    expect(await getRelease('embargo-passed')).toBeDefined();
    atBuildTime('2099-01-01T00:00:00Z');
    expect(await getRelease('embargoed-future')).toBeDefined();
  });
});
