import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReleaseList } from '@/components/release-list';
import { listReadableReleases } from '@/lib/content/loader';
import { readLocaleParam, type LocaleParams } from '@/lib/i18n/locale-param';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await readLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({ locale, path: '/', title: t('name'), description: t('description') });
}

export default async function ReleaseListPage({ params }: { params: LocaleParams }) {
  const locale = await readLocaleParam(params);
  return <ReleaseList locale={locale} releases={await listReadableReleases(locale)} />;
}
