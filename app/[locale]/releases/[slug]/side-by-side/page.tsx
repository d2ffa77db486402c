import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SideBySide } from '@/components/side-by-side';
import { getNewsroom, getReleases } from '@/lib/content/queries';
import { bilingualOf, hasSideBySide } from '@/lib/content/release';
import { readReleaseParams } from '@/lib/content/route-params';
import { pageMetadata } from '@/lib/discovery/metadata';
import { sideBySidePath } from '@/lib/routes';

type Props = PageProps<'/[locale]/releases/[slug]/side-by-side'>;

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getReleases()).filter(hasSideBySide).map((release) => ({ slug: release.slug }));
}

async function load(params: Props['params']) {
  const bilingual = bilingualOf((await readReleaseParams(params)).release);
  if (!bilingual) notFound();
  return bilingual;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, release, version } = await readReleaseParams(params);
  const t = await getTranslations({ locale, namespace: 'SideBySide' });
  return pageMetadata({ locale, newsroom: await getNewsroom(), path: sideBySidePath(release.slug), title: t('title', { title: version.title }), description: t('description') });
}

export default async function SideBySidePage({ params }: Props) {
  return <SideBySide {...await load(params)} />;
}
