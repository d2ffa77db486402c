import { notFound } from 'next/navigation';
import { hasLocale, type Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from './routing';

/** Reads `[locale]` from route params, 404s on an unknown one, and enables static rendering for it. */
export async function readLocaleParam(params: LayoutProps<'/[locale]'>['params']): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
