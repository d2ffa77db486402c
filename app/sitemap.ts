import type { MetadataRoute } from 'next';
import type { Locale } from 'next-intl';
import { fromYear, pageSegments, taggedWith, yearsOf } from '@/lib/content/listing';
import { getNewsroom, getReleases } from '@/lib/content';
import { hasSideBySide, lastModified, latestChange, releaseLocales, type ReleaseSummary } from '@/lib/content/release';
import { routing } from '@/lib/i18n/routing';
import { absoluteUrl, archivePath, listPagePath, releasePath, sideBySidePath, tagPath } from '@/lib/routes';

/** One entry per language of a page, each naming all its languages as alternates. */
function entries(path: string, locales: readonly Locale[], lastModified?: string): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(locale, path)]));
  return locales.map((locale) => ({ url: absoluteUrl(locale, path), lastModified, alternates: { languages } }));
}

/** Every page of a list of `releases` whose first page is `base`, dated by its newest change. */
function listEntries(base: string, releases: ReleaseSummary[]): MetadataRoute.Sitemap {
  const changed = latestChange(releases);
  return pageSegments(releases.length).flatMap((_, index) => entries(listPagePath(base, index + 1), routing.locales, changed));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [releases, newsroom] = await Promise.all([getReleases(), getNewsroom()]);
  return [
    ...listEntries('/', releases),
    ...Object.keys(newsroom.tags).flatMap((tag) => listEntries(tagPath(tag), taggedWith(releases, tag))),
    ...yearsOf(releases).flatMap((year) => listEntries(archivePath(year), fromYear(releases, year))),
    ...releases.flatMap((release) => [
      ...entries(releasePath(release.slug), releaseLocales(release), lastModified(release)),
      ...(hasSideBySide(release) ? entries(sideBySidePath(release.slug), routing.locales, lastModified(release)) : []),
    ]),
  ];
}
