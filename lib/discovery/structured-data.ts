import type { Locale } from 'next-intl';
import type { NewsArticle, Organization } from 'schema-dts';
import { lastModified, noteIn, releaseLocales, type Release, type ReleaseVersion } from '@/lib/content/release';
import type { Newsroom } from '@/lib/content/schema';
import { originalLocale, routing } from '@/lib/i18n/routing';
import { releaseUrl } from '@/lib/routes';

type Graph = { '@context': 'https://schema.org'; '@graph': (NewsArticle | Organization)[] };

/**
 * JSON-LD for a release page: the NewsArticle in this language, linked to its original or
 * translations, and its publisher named in this language.
 */
export function releaseStructuredData(release: Release, version: ReleaseVersion, newsroom: Newsroom): Graph {
  const url = (locale: Locale) => releaseUrl(locale, release.slug);
  const { name, url: website } = newsroom.organization;
  const organization: Organization = {
    '@type': 'Organization',
    '@id': `${website}#organization`,
    name: name[version.locale],
    alternateName: routing.locales.filter((locale) => locale !== version.locale).map((locale) => name[locale]),
    url: website,
  };
  const others = releaseLocales(release).filter((locale) => locale !== version.locale);
  const linked = others.map((locale): NewsArticle => ({
    '@type': 'NewsArticle',
    url: url(locale),
    inLanguage: locale,
    headline: release.versions[locale]!.title,
  }));
  const article: NewsArticle = {
    '@type': 'NewsArticle',
    headline: version.title,
    description: version.description,
    datePublished: release.date,
    dateModified: lastModified(release),
    ...(release.updates.length > 0 && {
      correction: release.updates.map((update) => ({
        '@type': 'CorrectionComment' as const,
        datePublished: update.date,
        text: noteIn(update, version.locale).text,
      })),
    }),
    inLanguage: version.locale,
    url: url(version.locale),
    mainEntityOfPage: url(version.locale),
    image: `${url(version.locale)}/opengraph-image`,
    keywords: release.tags,
    publisher: { '@id': organization['@id']! },
    author: { '@id': organization['@id']! },
    ...(version.locale === originalLocale ? { workTranslation: linked } : { translationOfWork: linked }),
  };
  return { '@context': 'https://schema.org', '@graph': [article, organization] };
}
