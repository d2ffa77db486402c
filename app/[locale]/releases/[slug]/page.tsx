import type { Metadata } from 'next';
import { JsonLd } from '@/components/site/json-ld';
import { ReleaseArticle } from '@/components/release/release-article';
import { UntranslatedRelease } from '@/components/release/untranslated-release';
import { getNewsroom, getPrerenderedReleases, getReleases, isPrerendered } from '@/lib/content';
import { relatedTo } from '@/lib/content/listing';
import { readable } from '@/lib/content/release';
import { readReleaseParams } from '@/lib/content';
import { releaseMetadata } from '@/lib/discovery/metadata';
import { releaseStructuredData } from '@/lib/discovery/structured-data';
import { releaseDownloads } from '@/lib/downloads/catalog';

// The newest releases are rendered at build time; any other published release on its first
// request, from the content shipped with the build, then served from the cache (revalidate is
// never: a new build publishes a correction). An unknown or embargoed slug is a 404.
export const revalidate = false;
// The [locale] layout allows only ko and en; below it, params the build did not render are rendered on request.
export const dynamicParams = true;

// Every release has a page in every language, so the language switch never ends on a 404: where
// there is no translation, the page points the reader to the original.
export async function generateStaticParams() {
  return (await getPrerenderedReleases()).map((release) => ({ slug: release.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/releases/[slug]'>): Promise<Metadata> {
  return releaseMetadata(await readReleaseParams(params), await getNewsroom());
}

export default async function ReleasePage({ params }: PageProps<'/[locale]/releases/[slug]'>) {
  const { release, version, translated } = await readReleaseParams(params);
  if (!translated) return <UntranslatedRelease release={release} version={version} />;
  const [newsroom, releases] = await Promise.all([getNewsroom(), getReleases()]);
  const related = relatedTo(release, releases).map((other) => readable(other, version.locale));
  return (
    <>
      <JsonLd data={releaseStructuredData(release, version, newsroom)} />
      <ReleaseArticle
        release={release}
        version={version}
        newsroom={newsroom}
        related={related}
        downloads={await releaseDownloads(release, version.locale, { sizes: await isPrerendered(release.slug) })}
      />
    </>
  );
}
