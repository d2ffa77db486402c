import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { organizationName, siteName } from '@/lib/content/newsroom';
import { releaseLocales, type ReadableRelease } from '@/lib/content/release';
import type { Newsroom } from '@/lib/content/schema';
import { translatorFor } from '@/lib/i18n/messages';
import { regionalTags, routing } from '@/lib/i18n/routing';
import { feedPath, localePath, picksLanguage, releasePath } from '@/lib/routes';

type PageMetadataInput = {
  locale: Locale;
  newsroom: Newsroom;
  /** Path without the locale prefix, e.g. `/releases/slug`. */
  path: string;
  title: string;
  description: string;
  /** Languages this page exists in; hreflang alternates never point at a missing translation. */
  locales?: readonly Locale[];
  /** Set for a release: the page is an article published at this ISO time. */
  publishedTime?: string;
  /** The Atom feed the page names (locale-free path); the language's feed unless given. */
  feed?: string;
  /** The page's own share image (a path), with its description in the page's language. */
  image?: { url: string; alt: string };
};

/** The Open Graph locale (language_TERRITORY) of `locale`. */
const ogLocale = (locale: Locale) => regionalTags[locale].replace('-', '_');

/** The size every share image is made at (app/[locale]/releases/[slug]/opengraph-image.tsx). */
export const shareImageSize = { width: 1200, height: 630 };

/**
 * Everything a page's head says about it: canonical URL, hreflang alternates, the feed, and the
 * Open Graph and Twitter cards. Relative URLs resolve against `metadataBase` (the site URL).
 */
export function pageMetadata({
  locale,
  newsroom,
  path,
  title,
  description,
  locales = routing.locales,
  publishedTime,
  feed: feedOf = feedPath,
  image,
}: PageMetadataInput): Metadata {
  const canonical = localePath(locale, path);
  const languages = Object.fromEntries(locales.map((other) => [other, localePath(other, path)]));
  const feed = translatorFor(locale, 'Feed');
  const images = image && [{ ...image, ...shareImageSize, type: 'image/png' }];
  return {
    title,
    description,
    alternates: {
      canonical,
      // Where the unprefixed path picks the reader's language (cookie, then Accept-Language), it is
      // the default; elsewhere, where it is no page, the original's.
      languages: { ...languages, 'x-default': picksLanguage(path) ? path : localePath(routing.defaultLocale, path) },
      types: { 'application/atom+xml': [{ url: localePath(locale, feedOf), title: feed('linkTitle') }] },
    },
    openGraph: {
      ...(publishedTime ? { type: 'article', publishedTime } : { type: 'website' }),
      url: canonical,
      siteName: siteName(newsroom, locale),
      title,
      description,
      locale: ogLocale(locale),
      alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocale(other)),
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

/**
 * A release page's head. The page standing in for a missing translation is kept out of search
 * results and canonical to the original. The share image is named here, not only by the image
 * route, so that its alt text is in the page's language.
 */
export function releaseMetadata({ release, version, translated }: ReadableRelease, newsroom: Newsroom): Metadata {
  const path = releasePath(release.slug);
  if (!translated)
    return { title: version.title, robots: { index: false, follow: true }, alternates: { canonical: localePath(version.locale, path) } };
  const alt = translatorFor(version.locale, 'OgImage')('alt', {
    organisation: organizationName(newsroom, version.locale),
    title: version.title,
  });
  return pageMetadata({
    locale: version.locale,
    newsroom,
    path,
    title: version.title,
    description: version.description,
    locales: releaseLocales(release),
    publishedTime: release.date,
    image: { url: `${localePath(version.locale, path)}/opengraph-image`, alt },
  });
}
