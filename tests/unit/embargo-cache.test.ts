import type { CachedRouteKind, IncrementalCacheKind } from 'next/dist/server/response-cache/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Plain CommonJS, loaded by Next itself (next.config.ts `cacheHandler`).
import EmbargoCache from '@/lib/cache/embargo-cache-handler.cjs';
import { cachePath, writeWhole } from '@/lib/build-cache';

const { madeBeforeEmbargo } = EmbargoCache;

describe("Next's cache behind an embargo", () => {
  const schedule = { buildTime: '2026-12-02T00:00:00Z', moments: ['2026-12-02T21:00:00Z', '2026-12-04T21:00:00Z'] };
  const at = (iso: string) => Date.parse(iso);
  const started = at('2026-12-02T01:00:00Z');

  it('keeps everything until the first embargo', () => {
    expect(madeBeforeEmbargo(at('2026-12-02T00:30:00Z'), schedule, at('2026-12-02T20:59:59.999Z'), started)).toBe(false);
    expect(madeBeforeEmbargo(at('2026-12-02T20:59:00Z'), schedule, at('2026-12-02T20:59:59.999Z'), started)).toBe(false);
  });

  it('expires what was made before an embargo from its moment, and keeps what was made after', () => {
    const moment = at('2026-12-02T21:00:00Z');
    expect(madeBeforeEmbargo(at('2026-12-02T20:59:59.999Z'), schedule, moment, started)).toBe(true);
    expect(madeBeforeEmbargo(moment, schedule, moment, started)).toBe(false);
    expect(madeBeforeEmbargo(at('2026-12-03T00:00:00Z'), schedule, at('2026-12-04T20:00:00Z'), started)).toBe(false);
    expect(madeBeforeEmbargo(at('2026-12-03T00:00:00Z'), schedule, at('2026-12-04T21:00:00Z'), started)).toBe(true);
  });

  it("counts the build's own files as made at the build's time, even when written after an embargo passed during the build", () => {
    const written = at('2026-12-02T21:00:30Z');
    expect(madeBeforeEmbargo(written, schedule, at('2026-12-02T21:05:00Z'), at('2026-12-02T21:01:00Z'))).toBe(true);
  });

  // The schedule the cache reads once, as a server does: one embargo, years ahead of the real clock.
  const moment = at('2030-01-01T00:00:00Z');
  async function cacheWithSchedule() {
    const fs = await import('node:fs');
    await writeWhole(
      cachePath('publication-schedule.json'),
      JSON.stringify({ buildTime: new Date().toISOString(), moments: [new Date(moment).toISOString()] }),
    );
    return new EmbargoCache({
      fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync },
      serverDistDir: '/nonexistent',
      flushToDisk: false,
      maxMemoryCacheSize: 1024 * 1024,
      revalidatedTags: [],
      _requestHeaders: {},
    });
  }
  const page = (status: number) =>
    ({
      kind: 'APP_PAGE' as CachedRouteKind.APP_PAGE,
      html: `<p>${status}</p>`,
      rscData: Buffer.from('rsc'),
      headers: {},
      postponed: undefined,
      status,
      segmentData: undefined,
    }) as const;
  const set = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false } as const;
  const get = { kind: 'APP_PAGE' as IncrementalCacheKind.APP_PAGE, isRoutePPREnabled: false, isFallback: false } as const;

  afterEach(() => vi.useRealTimers());

  it('keeps a page rendered on request, and never a 404 rendered on request', async () => {
    const cache = await cacheWithSchedule();
    await cache.set('/ko/releases/known', page(200), set);
    await cache.set('/ko/releases/no-such-release', page(404), set);
    expect((await cache.get('/ko/releases/known', get))?.value).toMatchObject({ status: 200 });
    expect(await cache.get('/ko/releases/no-such-release', get)).toBeNull();
  });

  it('renders again a page whose render began before an embargo and was stored after it (without the release)', async () => {
    const cache = await cacheWithSchedule();
    vi.useFakeTimers({ toFake: ['Date'] });
    // A first request a moment before the embargo: nothing kept, so Next renders, without the release.
    vi.setSystemTime(moment - 30);
    expect(await cache.get('/ko', get)).toBeNull();
    // A second request just after the moment waits for that render: it did not begin then.
    vi.setSystemTime(moment + 10);
    expect(await cache.get('/ko', get)).toBeNull();
    vi.setSystemTime(moment + 40);
    await cache.set('/ko', page(200), set);
    // Stored after the moment, it was made before it: the next request renders it again, with the release.
    vi.setSystemTime(moment + 5_000);
    expect((await cache.get('/ko', get))?.lastModified).toBe(-1);
    vi.setSystemTime(moment + 5_100);
    await cache.set('/ko', page(200), set);
    // That render began after the moment: kept.
    vi.setSystemTime(moment + 60_000);
    expect((await cache.get('/ko', get))?.lastModified).toBe(moment + 5_100);
  });
});
