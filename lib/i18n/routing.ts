import { defineRouting } from 'next-intl/routing';
import type { Locale } from 'next-intl';

export const routing = defineRouting({
  locales: ['ko', 'en'],
  defaultLocale: 'ko',
  localePrefix: 'always',
  // Pages name their alternates in their metadata. The proxy's Link header would be built from
  // the request's Host, and repeat on every response a CDN keeps for a year.
  alternateLinks: false,
});

/** The language releases are written in; every other locale is a translation of it. */
export const originalLocale = 'ko' satisfies Locale;
export type TranslationLocale = Exclude<Locale, typeof originalLocale>;
export const translationLocales = routing.locales.filter((locale): locale is TranslationLocale => locale !== originalLocale);

/** Each language with the region its text is written for (BCP 47), as documents and Open Graph name it. */
export const regionalTags = { ko: 'ko-KR', en: 'en-US' } as const satisfies Record<Locale, string>;
