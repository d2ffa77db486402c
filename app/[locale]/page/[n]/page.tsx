import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Listing } from '@/components/listing/listing';
import { laterPages, PRERENDERED_PAGES } from '@/lib/content/listing';
import { getNewsroom, getReleases, listedAt, listingAt } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/metadata';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { listPagePath } from '@/lib/routes';

type Props = PageProps<'/[locale]/page/[n]'>;

// The first pages are rendered at build time, later ones on their first request (then cached);
// a page past the end is a 404.
export const revalidate = false;
// The [locale] layout allows only ko and en; below it, params the build did not render are rendered on request.
export const dynamicParams = true;

export async function generateStaticParams() {
  return laterPages((await getReleases()).length)
    .slice(0, PRERENDERED_PAGES - 1)
    .map((n) => ({ n: String(n) }));
}

async function load(params: Props['params']) {
  const locale = await readLocaleParam(params);
  const listing = await listingAt(locale, listedAt.later((await params).n));
  if (!listing) notFound();
  return { locale, listing, t: await getTranslations({ locale, namespace: 'ReleaseList' }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, listing, t } = await load(params);
  const title = t('pageTitle', { page: listing.page.page });
  return pageMetadata({ locale, newsroom: await getNewsroom(), path: listPagePath('/', listing.page.page), title, description: title });
}

export default async function ReleaseListLaterPage({ params }: Props) {
  const { listing, t } = await load(params);
  return <Listing heading={t('pageTitle', { page: listing.page.page })} listing={listing} base="/" />;
}
