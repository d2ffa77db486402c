import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPrerenderedReleases, getReleases, getRenderCode, isPrerendered } from '@/lib/content';
import { readContentIndex, scheduleOf, writtenFor } from '@/lib/content/content-index';
import { filesVersion } from '@/lib/content/publishing/release-cache';
import { contentDir } from '@/lib/content/layout';
import { scanContent, writeContentIndex } from '@/lib/content/publishing';
import { sourceVersion, RENDER_CODE } from '@/lib/source-version';

// The content index as a build writes it and its pages read it back (lib/content/content-index.ts),
// and what the read API answers from it.

const fixture = path.join(import.meta.dirname, '../fixtures/content/valid');

/** A copy of the valid fixture: a content folder of its own, so the store reads it afresh. */
async function freshContent(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'content-index-'));
  await cp(fixture, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('an index written beside a build', { timeout: 30_000 }, () => {
  const time = new Date('2026-03-01T00:00:00Z');

  it("is this build's when it was written at its time, from the content folder it reads", () => {
    expect(writtenFor({ buildTime: time.toISOString(), contentDir: '/anywhere' }, time)).toBe(true);
    expect(writtenFor({ buildTime: '2026-03-01T00:00:01.000Z', contentDir: '/anywhere' }, time)).toBe(false);
    vi.stubEnv('CONTENT_DIR', fixture);
    expect(writtenFor({ buildTime: time.toISOString(), contentDir: contentDir() }, time)).toBe(true);
    expect(writtenFor({ buildTime: time.toISOString(), contentDir: `${contentDir()}-evil` }, time)).toBe(false);
  });

  it('is read back for the build it was written for, and for no other', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'dist-'));
    vi.stubEnv('NEXT_DIST_DIR', dist);
    vi.stubEnv('CONTENT_DIR', fixture);
    expect(await readContentIndex(time)).toBeUndefined();
    const written = await writeContentIndex(time);
    expect(await readContentIndex(time)).toEqual(written);
    expect(written.releases.length).toBeGreaterThan(1);
    expect(await readContentIndex(new Date(time.getTime() + 1000))).toBeUndefined();
    // Beside it, the schedule Next's cache handler reads (lib/cache/embargo-cache-handler.cjs).
    expect(JSON.parse(await readFile(path.join(dist, 'cache', 'publication-schedule.json'), 'utf8'))).toEqual(scheduleOf(written));
    await rm(dist, { recursive: true, force: true });
  });
});

describe('a scan of the content folder', { timeout: 30_000 }, () => {
  it('stops at a failure that is not a problem of the content, with its own message', async () => {
    const failing = () => Promise.reject(new Error('disk full'));
    await expect(scanContent(failing, await freshContent())).rejects.toThrow(/^disk full$/);
  });

  it('reads a copy of a release under another name as a release of its own', async () => {
    const root = await freshContent();
    await cp(path.join(root, 'releases/korean-only'), path.join(root, 'releases/korean-only-copy'), { recursive: true });
    const { releases } = await scanContent(undefined, root);
    const [original, copy] = ['korean-only', 'korean-only-copy'].map((slug) => releases.find((release) => release.slug === slug));
    expect(copy?.versions).toEqual(original?.versions);
    expect(copy?.hash).not.toBe(original?.hash);
  });

  it('parses each release again for a site at another address, which its links and images in files and feeds name', async () => {
    const root = await freshContent();
    const scanAt = async (address: string) => {
      vi.stubEnv('SITE_URL', address);
      vi.resetModules();
      const { scanContent: scan } = await import('@/lib/content/publishing');
      return (await scan(undefined, root)).releases.find((release) => release.slug === 'first-release')!;
    };
    const first = await scanAt('https://news.example.com');
    const moved = await scanAt('https://press.example.org');
    // Not the other address's parse from the cache: the key of the parsed form differs.
    expect(moved.hash).not.toBe(first.hash);
    expect((await scanAt('https://news.example.com')).hash).toBe(first.hash);
  });

  it("versions each release's files by its hash and the code that renders them, which a deploy may change alone", async () => {
    const { releases, renderCode } = await scanContent(undefined, await freshContent());
    for (const release of releases) expect(release.files, release.slug).toBe(filesVersion(release.hash, renderCode));
    expect(filesVersion('a-hash', 'code-1')).not.toBe(filesVersion('a-hash', 'code-2'));
  });
});

describe('the releases a build renders ahead', { timeout: 30_000 }, () => {
  it('are the newest public ones, as many as PRERENDERED_RELEASES says', async () => {
    vi.stubEnv('CONTENT_DIR', await freshContent());
    vi.stubEnv('PRERENDERED_RELEASES', '2');
    const [first, second, third] = await getReleases();
    expect((await getPrerenderedReleases()).map((release) => release.slug)).toEqual([first!.slug, second!.slug]);
    expect(await isPrerendered(first!.slug)).toBe(true);
    expect(await isPrerendered(third!.slug)).toBe(false);
    expect(await isPrerendered('no-such-release')).toBe(false);
  });

  it('stay the ones it rendered after an embargo passes: a release public since renders its page on its first request', async () => {
    vi.stubEnv('CONTENT_DIR', await freshContent());
    vi.stubEnv('PRERENDERED_RELEASES', '100');
    vi.stubEnv('BUILD_TIME', '2026-12-01T00:00:00Z');
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2099-01-02T00:00:00Z') });
    expect((await getReleases()).map((release) => release.slug)).toContain('embargoed-future');
    expect((await getPrerenderedReleases()).map((release) => release.slug)).not.toContain('embargoed-future');
    expect(await isPrerendered('embargoed-future')).toBe(false);
    expect(await isPrerendered('first-release')).toBe(true);
  });

  it('are counted by a whole number: anything else stops the build', async () => {
    // A content folder of its own each time: the store keeps what it read of one.
    for (const setting of ['ten', '10x', 'x10', '-1', '']) {
      vi.stubEnv('CONTENT_DIR', await freshContent());
      vi.stubEnv('PRERENDERED_RELEASES', setting);
      await expect(getReleases()).rejects.toThrow(`PRERENDERED_RELEASES is not a number: ${setting}`);
    }
    vi.stubEnv('CONTENT_DIR', await freshContent());
    vi.stubEnv('PRERENDERED_RELEASES', '12');
    expect(await getPrerenderedReleases()).toEqual(await getReleases());
  });

  it('render with the version of the rendering code the index names', async () => {
    vi.stubEnv('CONTENT_DIR', await freshContent());
    expect(await getRenderCode()).toBe(await sourceVersion(RENDER_CODE));
  });
});
