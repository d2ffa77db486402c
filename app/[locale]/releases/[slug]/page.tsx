import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { JsonLd } from '@/components/json-ld';
import { ReleaseArticle } from '@/components/release-article';
import { getLocalizedRelease, listReleases, releaseLocales } from '@/lib/content/loader';
import { releaseDownloads } from '@/lib/downloads/catalog';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { routing } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { describeRelease } from '@/lib/release-text';
import { releasePath } from '@/lib/routes';
import { releaseStructuredData } from '@/lib/structured-data';
import { absoluteUrl } from '@/lib/urls';

type Params = Promise<{ locale: string; slug: string }>;

// Only prerendered releases exist; nothing reads content/ at request time.
export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  return (await listReleases(params.locale)).map(({ release }) => ({ slug: release.slug }));
}

async function load(params: Params) {
  const locale = await readLocaleParam(params);
  const entry = await getLocalizedRelease((await params).slug, locale);
  if (!entry) notFound();
  return entry;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { release, version } = await load(params);
  return pageMetadata({
    locale: version.locale,
    path: releasePath(release.slug),
    title: version.title,
    description: describeRelease(version),
    locales: releaseLocales(release),
    publishedTime: release.date,
  });
}

export default async function ReleasePage({ params }: { params: Params }) {
  const entry = await load(params);
  return (
    <>
      <JsonLd data={releaseStructuredData(entry.release, entry.version)} />
      <ReleaseArticle
        {...entry}
        downloads={await releaseDownloads(entry.release, entry.version.locale)}
        permalink={absoluteUrl(entry.version.locale, releasePath(entry.release.slug))}
      />
    </>
  );
}
