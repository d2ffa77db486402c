import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/site/page-shell';
import { organizationName, siteName } from '@/lib/content/newsroom';
import { getNewsroom } from '@/lib/content';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { routing } from '@/lib/i18n/routing';
import { site } from '@/lib/site';
import { webFontServed } from '@/lib/web-font/files';
import '../globals.css';

// Only ko and en exist. Any other first segment alone (/x.y) is the static 404, as
// the list page allows no other; deeper paths below one are sent there by proxy.ts. Below a
// language, pages the build did not render ahead render on request, so params stay open here.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await readLocaleParam(params);
  const newsroom = await getNewsroom();
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: site.url,
    title: { template: `%s | ${siteName(newsroom, locale)}`, default: siteName(newsroom, locale) },
    description: t('description', { organisation: organizationName(newsroom, locale) }),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  return (
    <PageShell locale={await readLocaleParam(params)} newsroom={await getNewsroom()} webFont={await webFontServed()}>
      {children}
    </PageShell>
  );
}
