import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { routing } from '@/lib/i18n/routing';
import { site } from '@/lib/site';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await readLocaleParam(params), namespace: 'Site' });
  return {
    metadataBase: site.url,
    title: { template: `%s | ${t('name')}`, default: t('name') },
    description: t('description'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  return <PageShell locale={await readLocaleParam(params)}>{children}</PageShell>;
}
