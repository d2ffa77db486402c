import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Listing } from '@/components/listing/listing';
import { getListing } from '@/lib/content';
import { organizationName, siteName } from '@/lib/content/newsroom';
import { getNewsroom } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/metadata';
import { readLocaleParam } from '@/lib/i18n/locale-param';

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await readLocaleParam(params);
  const newsroom = await getNewsroom();
  const t = await getTranslations({ locale });
  const description = t('Site.description', { organisation: organizationName(newsroom, locale) });
  // The layout's title template applies below this segment, not to its own page.
  return pageMetadata({ locale, newsroom, path: '/', title: `${t('ReleaseList.heading')} | ${siteName(newsroom, locale)}`, description });
}

export default async function ReleaseListPage({ params }: PageProps<'/[locale]'>) {
  const locale = await readLocaleParam(params);
  const listing = await getListing({ all: true }, locale, 1);
  if (!listing) notFound();
  const t = await getTranslations({ locale, namespace: 'ReleaseList' });
  return <Listing heading={t('heading')} listing={listing} base="/" featured />;
}
