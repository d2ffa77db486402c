import type { CachedRouteKind, IncrementalCacheKind } from 'next/dist/server/response-cache/types';
import { describe, expect, it } from 'vitest';
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

  it('keeps a page rendered on request, and never a 404 rendered on request', async () => {
    const fs = await import('node:fs');
    // The build's schedule, where a build writes it beside its cache: no embargo ahead.
    await writeWhole(cachePath('publication-schedule.json'), JSON.stringify({ buildTime: new Date().toISOString(), moments: [] }));
    const cache = new EmbargoCache({
      fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync },
      serverDistDir: '/nonexistent',
      flushToDisk: false,
      maxMemoryCacheSize: 1024 * 1024,
      revalidatedTags: [],
      _requestHeaders: {},
    });
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
    await cache.set('/ko/releases/known', page(200), set);
    await cache.set('/ko/releases/no-such-release', page(404), set);
    expect((await cache.get('/ko/releases/known', get))?.value).toMatchObject({ status: 200 });
    expect(await cache.get('/ko/releases/no-such-release', get)).toBeNull();
  });
});
