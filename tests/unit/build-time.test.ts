import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTime } from '@/lib/content/build-time';

afterEach(() => vi.unstubAllEnvs());

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
