import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { ReleaseArticle } from '@/components/release-article';
import { UntranslatedRelease } from '@/components/untranslated-release';
import { getReadableRelease, getReleases, releaseLocales } from '@/lib/content/loader';
import { releaseDownloads } from '@/lib/downloads/catalog';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { pageMetadata, untranslatedMetadata } from '@/lib/metadata';
import { describeRelease } from '@/lib/release-text';
import { releasePath } from '@/lib/routes';
import { releaseStructuredData } from '@/lib/structured-data';
import { absoluteUrl } from '@/lib/urls';

type Params = Promise<{ locale: string; slug: string }>;

// Only prerendered releases exist; nothing reads content/ at request time.
export const dynamicParams = false;

// Every release has a page in every language, so the language switch never ends on a 404: where
// there is no translation, the page points the reader to the original.
export async function generateStaticParams() {
  return (await getReleases()).map((release) => ({ slug: release.slug }));
}

async function load(params: Params) {
  const locale = await readLocaleParam(params);
  const entry = await getReadableRelease((await params).slug, locale);
  if (!entry) notFound();
  return { ...entry, translated: entry.version.locale === locale };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { release, version, translated } = await load(params);
  const path = releasePath(release.slug);
  if (!translated) return untranslatedMetadata({ original: version.locale, path, title: version.title });
  return pageMetadata({
    locale: version.locale,
    path,
    title: version.title,
    description: describeRelease(version),
    locales: releaseLocales(release),
    publishedTime: release.date,
  });
}

export default async function ReleasePage({ params }: { params: Params }) {
  const { translated, ...entry } = await load(params);
  if (!translated) return <UntranslatedRelease {...entry} />;
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
