import type { Locale } from 'next-intl';
import { site } from './site';

/** Locale-free paths of the site's pages; `localePath` adds the locale prefix. */
export const releasePath = (slug: string) => `/releases/${slug}`;
export const sideBySidePath = (slug: string) => `${releasePath(slug)}/side-by-side`;

/**
 * Whether a locale-free page path is also an address of its own that sends each reader to their
 * language (the proxy: `/` and a release's permalink); no other page has one.
 */
export const picksLanguage = (path: string) => path === '/' || /^\/releases\/[^/]+$/.test(path);

/** Page `page` of a list whose first page is at `base` (`/`, `/tags/x`): `/page/2`, `/tags/x/page/2`. */
export const listPagePath = (base: string, page: number) => (page === 1 ? base : `${base === '/' ? '' : base}/page/${page}`);
export const tagPath = (tag: string) => `/tags/${tag}`;
export const archivePath = (year: number) => `/archive/${year}`;

/** Each language has its own Atom feed, and so has each tag. */
export const feedPath = '/feed.xml';
export const tagFeedPath = (tag: string) => `${tagPath(tag)}${feedPath}`;

/** The search page; its index lives outside the locale prefix, one folder per version of it. */
export const searchPath = '/search';
export const searchIndexFolder = (version: string) => `/search-index/${version}/`;

/** A slice of the web font (lib/web-font), outside the locale prefix. */
export const webFontPath = (file: string) => `/fonts/${file}`;

/** A journalist's preview of a release under embargo (lib/preview), its side-by-side view and files, under its token. */
export const previewPath = (token: string) => `/preview/${token}`;
export const previewSideBySidePath = (token: string) => `${previewPath(token)}/side-by-side`;
export const previewDownloadPath = (token: string, fileName: string) => `${previewPath(token)}/downloads/${fileName}`;
export const previewMediaPath = (token: string, file: string) => `${previewPath(token)}/media/${file}`;

/** Downloads sit outside the locale prefix: a file says its languages in its name. */
export const downloadPath = (fileName: string) => `/downloads/${fileName}`;

/** A release's image at full size, or a sized copy of it: outside the locale prefix, like downloads. */
export const mediaPath = (slug: string, file: string) => `/media/${slug}/${file}`;

/**
 * A page's path in one language: `/en/releases/slug`, `/ko`. Every path carries its locale and none
 * is translated (lib/i18n/routing.ts), so the prefix is all next-intl's `getPathname` adds (a unit
 * test holds the two equal). Its `createNavigation` is not used: on the server it imports
 * next-intl's client Link, which put that Link and use-intl's hooks into every page's scripts.
 */
export const localePath = (locale: Locale, path: string) => `/${locale}${path === '/' ? '' : path}`;

/** The public, absolute URL of a page in one language, e.g. for permalinks in downloads and feeds. */
export const absoluteUrl = (locale: Locale, path: string) => new URL(localePath(locale, path), site.url).toString();

/**
 * Where one reader finds a release's views and images: its public addresses, or one preview
 * link's, which stay under its token until the embargo (the public ones answer 404 until then).
 */
export type ReleaseAddresses = {
  page: (locale: Locale) => string;
  sideBySide: (locale: Locale) => string;
  media: (file: string) => string;
};

export const publicAddresses = (slug: string): ReleaseAddresses => ({
  page: (locale) => localePath(locale, releasePath(slug)),
  sideBySide: (locale) => localePath(locale, sideBySidePath(slug)),
  media: (file) => mediaPath(slug, file),
});

/** A preview's addresses; its images are under the language `locale` the link was opened in (any would do). */
export const previewAddresses = (token: string, locale: Locale): ReleaseAddresses => ({
  page: (pageLocale) => localePath(pageLocale, previewPath(token)),
  sideBySide: (pageLocale) => localePath(pageLocale, previewSideBySidePath(token)),
  media: (file) => localePath(locale, previewMediaPath(token, file)),
});

/** A release's permalink in one language. */
export const releaseUrl = (locale: Locale, slug: string) => absoluteUrl(locale, releasePath(slug));
