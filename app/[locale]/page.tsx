import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReleaseList } from '@/components/release-list';
import { organizationName, siteName } from '@/lib/content/newsroom';
import { getNewsroom, getReleases } from '@/lib/content/queries';
import { readable } from '@/lib/content/release';
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
  return <ReleaseList releases={(await getReleases()).map((release) => readable(release, locale))} />;
}
