import type { MetadataRoute } from 'next';
import type { Locale } from 'next-intl';
import { getReleases } from '@/lib/content/queries';
import { hasSideBySide, lastModified, releaseLocales } from '@/lib/content/release';
import { routing } from '@/lib/i18n/routing';
import { absoluteUrl, releasePath, sideBySidePath } from '@/lib/routes';

/** One entry per language of a page, each naming all its languages as alternates. */
function entries(path: string, locales: readonly Locale[], lastModified?: string): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(locale, path)]));
  return locales.map((locale) => ({ url: absoluteUrl(locale, path), lastModified, alternates: { languages } }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const releases = await getReleases();
  return [
    ...entries('/', routing.locales, releases.map(lastModified).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1)),
    ...releases.flatMap((release) => [
      ...entries(releasePath(release.slug), releaseLocales(release), lastModified(release)),
      ...(hasSideBySide(release) ? entries(sideBySidePath(release.slug), routing.locales, lastModified(release)) : []),
    ]),
  ];
}
