import { afterEach, describe, expect, it, vi } from 'vitest';

const DateTimeFormat = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = DateTimeFormat;
});

/** Counts the date formats made from now on. */
function countFormats() {
  const made = { count: 0 };
  Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
    construct(target, args: ConstructorParameters<typeof DateTimeFormat>) {
      made.count++;
      return new target(...args);
    },
  });
  return made;
}

describe('Korea-time formats', () => {
  it('make no format as the module loads: in the browser the first one costs a slow phone 100 ms of hydration', async () => {
    const made = countFormats();
    vi.resetModules();
    const { formatKoreaTime } = await import('@/lib/i18n/formats');
    expect(made.count).toBe(0);
    formatKoreaTime(new Date('2026-12-02T21:00:00Z'));
    formatKoreaTime(new Date('2026-12-02T22:00:00Z'));
    expect(made.count).toBe(1);
  });

  it('write moments and dates in Korea, whatever the machine’s zone', async () => {
    const { formatKoreaTime, formatReleaseDate, koreaDay } = await import('@/lib/i18n/formats');
    // 21:00 UTC on 2 December is 06:00 on 3 December in Seoul.
    expect(formatKoreaTime(new Date('2026-12-02T21:00:00Z'))).toBe('2026-12-03 06:00 KST');
    expect(koreaDay(new Date('2026-12-02T21:00:00Z'))).toBe('2026-12-03');
    expect(formatReleaseDate('ko', '2022-09-20T15:30:00Z')).toBe('2022년 9월 21일');
    expect(formatReleaseDate('en', '2022-09-20T15:30:00Z')).toBe('September 21, 2022');
  });
});
