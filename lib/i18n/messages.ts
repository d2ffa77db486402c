import { createFormatter, createTranslator, type Locale } from 'next-intl';
import { site } from '@/lib/site';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

/** UI strings by locale: the request config serves them to pages, lib code (downloads, feeds) reads them here. */
export const messages = { ko, en } satisfies Record<Locale, typeof ko>;

/** Translations outside React (route handlers, file builders). */
export const translatorFor = <N extends keyof typeof ko>(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: messages[locale], namespace });

/** Dates and numbers outside React, in the site's time zone like the pages. */
const formatterFor = (locale: Locale) => createFormatter({ locale, timeZone: site.timeZone });

/** A release date as readers of `locale` write it (2022년 9월 21일, September 21, 2022), in Korea's calendar. */
export const formatReleaseDate = (locale: Locale, iso: string) => formatterFor(locale).dateTime(new Date(iso), { dateStyle: 'long' });
