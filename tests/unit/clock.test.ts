import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTime, publicationTime } from '@/lib/content/clock';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('buildTime', () => {
  it('reads the clock once: every call in a process gives the same moment', async () => {
    vi.stubEnv('BUILD_TIME', '');
    const first = buildTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(buildTime().getTime()).toBe(first.getTime());
  });

  it('is the BUILD_TIME a build (or a test) sets, and refuses one that is not a date', () => {
    vi.stubEnv('BUILD_TIME', '2099-01-01T00:00:00Z');
    expect(buildTime().toISOString()).toBe('2099-01-01T00:00:00.000Z');
    vi.stubEnv('BUILD_TIME', 'tomorrow');
    expect(() => buildTime()).toThrow('BUILD_TIME is not a date: tomorrow');
  });
});

describe('publicationTime', () => {
  it("is the build's one reading while a build renders, so its pages agree", async () => {
    vi.stubEnv('BUILD_TIME', '2026-12-02T21:00:00Z');
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    expect(publicationTime().toISOString()).toBe('2026-12-02T21:00:00.000Z');
  });

  it("is the server's clock once built, whatever the build's time was", () => {
    vi.stubEnv('BUILD_TIME', '2026-12-02T21:00:00Z');
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T21:00:59Z') });
    expect(publicationTime().toISOString()).toBe('2026-12-02T21:00:59.000Z');
    vi.setSystemTime(new Date('2026-12-02T21:01:00Z'));
    expect(publicationTime().toISOString()).toBe('2026-12-02T21:01:00.000Z');
  });
});
