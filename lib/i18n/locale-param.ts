import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing, type Locale } from './routing';

export type LocaleParams = Promise<{ locale: string }>;

/** Reads `[locale]` from route params, 404s on an unknown one, and enables static rendering for it. */
export async function readLocaleParam(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
