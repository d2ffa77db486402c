import { describe, expect, it } from 'vitest';
// Plain CommonJS, loaded by Next itself (next.config.ts `cacheHandler`).
import EmbargoCache from '@/lib/cache/embargo-cache-handler.cjs';

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
});
