import type { Locale } from 'next-intl';

/** Releases are dated, and embargoes kept, in Korea's time, wherever the machine or the reader is. */
export const koreaTimeZone = 'Asia/Seoul';

/**
 * Dates as the site writes them, in Korea's calendar, on the server and in the browser alike.
 * Each format is made once, when first used, never as this module loads: making one costs more
 * than using it, and in the browser the first one also loads the locale and time-zone data (about
 * 100 ms on a slow phone, in the middle of hydration), so a page that will need it calls
 * `prepareFormats` while it waits for something else.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The format named `name`, made by `make` the first time it is asked for. */
function madeOnce(name: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(name);
  if (!format) {
    format = make();
    formats.set(name, format);
  }
  return format;
}

const releaseDateFormat = (locale: Locale) =>
  madeOnce(`release-date-${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: koreaTimeZone }));

export const prepareFormats = (locale: Locale) => void releaseDateFormat(locale);

/** A release date as readers of `locale` write it (2022년 9월 21일, September 21, 2022), in Korea's calendar. */
export const formatReleaseDate = (locale: Locale, iso: string) => releaseDateFormat(locale).format(new Date(iso));

const koreaTimeFormat = () =>
  madeOnce(
    'korea-time',
    () =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: koreaTimeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
  );

type KoreaParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

/**
 * A moment as a clock in Korea reads it, in two-digit parts (the year in four): what every
 * Korea-time writing of a moment is made from, a ZIP's time stamps and a release's year included.
 */
export function koreaParts(moment: Date): KoreaParts {
  return Object.fromEntries(
    koreaTimeFormat()
      .formatToParts(moment)
      .map(({ type, value }) => [type, value]),
  ) as KoreaParts;
}

/** A moment as the press team's tools write it, in Korea's time: 2026-12-03 06:00 KST. */
export function formatKoreaTime(moment: Date): string {
  const { year, month, day, hour, minute } = koreaParts(moment);
  return `${year}-${month}-${day} ${hour}:${minute} KST`;
}

/**
 * An embargo moment as a reader of `locale` writes it, in Korea's time, its day as the page dates
 * the release: 06:00 KST on December 3, 2026; 2026년 12월 3일 06:00(KST). Its seconds too, when
 * it has any: the release is not public before them.
 */
export function formatEmbargoMoment(locale: Locale, iso: string): string {
  const { hour, minute, second } = koreaParts(new Date(iso));
  const time = `${hour}:${minute}${second === '00' ? '' : `:${second}`}`;
  const day = formatReleaseDate(locale, iso);
  return locale === 'en' ? `${time} KST on ${day}` : `${day} ${time}(KST)`;
}

/** The day a moment falls on in Korea, as ISO 8601 writes it: 2026-12-03. */
export const koreaDay = (moment: Date) => formatKoreaTime(moment).slice(0, 10);
