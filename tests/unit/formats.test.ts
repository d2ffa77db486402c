import { afterEach, describe, expect, it, vi } from 'vitest';

const DateTimeFormat = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = DateTimeFormat;
  vi.unstubAllEnvs();
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

  it('make each format once, however many dates and moments they write', async () => {
    const made = countFormats();
    vi.resetModules();
    const { formatEmbargoMoment, formatReleaseDate } = await import('@/lib/i18n/formats');
    for (const moment of ['2026-12-02T21:00:00Z', '2026-12-03T01:30:00Z']) {
      for (const locale of ['ko', 'en'] as const) {
        formatEmbargoMoment(locale, moment);
        formatReleaseDate(locale, moment);
      }
    }
    // Korea's time for the banner's hour, and per language the date (the release's and the embargo's day).
    expect(made.count).toBe(3);
  });

  it('write an embargo moment as each language writes it, in Korea, its day as the page dates a release', async () => {
    const { formatEmbargoMoment, formatReleaseDate } = await import('@/lib/i18n/formats');
    expect(formatEmbargoMoment('en', '2026-12-02T21:00:00Z')).toBe('06:00 KST on December 3, 2026');
    expect(formatEmbargoMoment('en', '2026-12-02T21:00:00Z')).toContain(formatReleaseDate('en', '2026-12-02T21:00:00Z'));
    expect(formatEmbargoMoment('ko', '2026-12-02T21:00:00Z')).toBe('2026년 12월 3일 06:00(KST)');
    // A moment with seconds says them: the release is not public 45 seconds early.
    expect(formatEmbargoMoment('en', '2026-12-02T21:00:45Z')).toBe('06:00:45 KST on December 3, 2026');
    expect(formatEmbargoMoment('ko', '2026-12-02T21:00:45Z')).toBe('2026년 12월 3일 06:00:45(KST)');
  });

  it('write moments and dates in Korea, whatever the machine’s zone', async () => {
    // A zone on the other side of the date line from Korea, on a machine in either.
    vi.stubEnv('TZ', 'America/Los_Angeles');
    vi.resetModules();
    const { formatKoreaTime, formatReleaseDate, koreaDay } = await import('@/lib/i18n/formats');
    // 21:00 UTC on 2 December is 06:00 on 3 December in Seoul.
    expect(formatKoreaTime(new Date('2026-12-02T21:00:00Z'))).toBe('2026-12-03 06:00 KST');
    expect(koreaDay(new Date('2026-12-02T21:00:00Z'))).toBe('2026-12-03');
    expect(formatReleaseDate('ko', '2022-09-20T15:30:00Z')).toBe('2022년 9월 21일');
    expect(formatReleaseDate('en', '2022-09-20T15:30:00Z')).toBe('September 21, 2022');
  });
});
