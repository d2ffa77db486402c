import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Listing } from '@/components/listing/listing';
import { fromYear, pagedHeading, pageSegments, PRERENDERED_PAGES, yearsOf } from '@/lib/content/listing';
import { getNewsroom, getReleases, listedAt, listingAt } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/metadata';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { archivePath, listPagePath } from '@/lib/routes';

type Props = PageProps<'/[locale]/archive/[year]/[[...page]]'>;

// The first pages are rendered at build time, later ones on their first request (then cached);
// a page past the end is a 404.
export const revalidate = false;
// The [locale] layout allows only ko and en; below it, params the build did not render are rendered on request.
export const dynamicParams = true;

// /archive/{year} is page 1, /archive/{year}/page/{n} the rest.
export async function generateStaticParams() {
  const releases = await getReleases();
  return yearsOf(releases).flatMap((year) =>
    pageSegments(fromYear(releases, year).length)
      .slice(0, PRERENDERED_PAGES)
      .map((page) => ({ year: String(year), page })),
  );
}

async function load(params: Props['params']) {
  const locale = await readLocaleParam(params);
  const { year: segment, page: segments } = await params;
  const listing = await listingAt(locale, listedAt.year(segment, segments));
  const year = Number(segment);
  if (!listing) notFound();
  const t = await getTranslations({ locale, namespace: 'ReleaseList' });
  const heading = pagedHeading(t('yearHeading', { year, count: listing.count }), listing.page.page, (n) => t('pageLink', { page: n }));
  return { locale, year, listing, heading };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year, listing, heading } = await load(params);
  return pageMetadata({
    locale,
    newsroom: await getNewsroom(),
    path: listPagePath(archivePath(year), listing.page.page),
    title: heading,
    description: heading,
  });
}

export default async function ArchivePage({ params }: Props) {
  const { year, listing, heading } = await load(params);
  return <Listing heading={heading} listing={listing} base={archivePath(year)} currentYear={year} />;
}
