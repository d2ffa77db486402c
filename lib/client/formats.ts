import type { Locale } from 'next-intl';
import { site } from '@/lib/site';

/**
 * Date and number formats for the browser, made once per language. The first format a page
 * makes loads the browser's locale data (about 100 ms on a slow phone), so a page that will
 * need them calls `prepareFormats` while it waits for something else.
 */
const made = new Map<Locale, { date: Intl.DateTimeFormat; number: Intl.NumberFormat }>();

function formatsFor(locale: Locale) {
  let formats = made.get(locale);
  if (!formats) {
    formats = { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: site.timeZone }), number: new Intl.NumberFormat(locale) };
    made.set(locale, formats);
  }
  return formats;
}

export const prepareFormats = (locale: Locale) => void formatsFor(locale);

/** A release date as the release pages write it (2022년 9월 21일, September 21, 2022), in Korea's calendar. */
export const formatDate = (locale: Locale, iso: string) => formatsFor(locale).date.format(new Date(iso));

/** A count as the page's language writes it (1,000). */
export const formatCount = (locale: Locale, count: number) => formatsFor(locale).number.format(count);
