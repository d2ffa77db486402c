import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SideBySide } from '@/components/side-by-side';
import { getBilingualRelease, listBilingualReleases, readableVersion } from '@/lib/content/loader';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { pageMetadata } from '@/lib/metadata';
import { sideBySidePath } from '@/lib/routes';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listBilingualReleases()).map(({ release }) => ({ slug: release.slug }));
}

async function load(params: Params) {
  const locale = await readLocaleParam(params);
  const bilingual = await getBilingualRelease((await params).slug);
  if (!bilingual) notFound();
  return { locale, bilingual };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, bilingual } = await load(params);
  const t = await getTranslations({ locale, namespace: 'SideBySide' });
  return pageMetadata({
    locale,
    path: sideBySidePath(bilingual.release.slug),
    title: t('title', { title: readableVersion(bilingual.release, locale).title }),
    description: t('description'),
  });
}

export default async function SideBySidePage({ params }: { params: Params }) {
  return <SideBySide {...(await load(params)).bilingual} />;
}
