import type { Metadata } from 'next';
import { getPathname } from './i18n/navigation';
import { routing, type Locale } from './i18n/routing';

type PageMetadataInput = {
  locale: Locale;
  /** Path without the locale prefix, e.g. `/releases/slug`. */
  path: string;
  title: string;
  description: string;
  /** Languages this page exists in; hreflang alternates never point at a missing translation. */
  locales?: readonly Locale[];
};

/** Canonical URL and hreflang alternates for one page; relative URLs resolve against `metadataBase`. */
export function pageMetadata({ locale, path, title, description, locales = routing.locales }: PageMetadataInput): Metadata {
  const languages = Object.fromEntries(locales.map((other) => [other, getPathname({ locale: other, href: path })]));
  return {
    title,
    description,
    alternates: {
      canonical: getPathname({ locale, href: path }),
      // The unprefixed path picks the reader's language (cookie, then Accept-Language).
      languages: { ...languages, 'x-default': path },
    },
  };
}
