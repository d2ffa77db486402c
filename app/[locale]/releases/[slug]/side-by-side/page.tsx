import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SideBySide } from '@/components/release/side-by-side';
import { getNewsroom, getPrerenderedReleases } from '@/lib/content';
import { bilingualOf, hasSideBySide } from '@/lib/content/release';
import { readReleaseParams } from '@/lib/content';
import { pageMetadata } from '@/lib/discovery/metadata';
import { sideBySidePath } from '@/lib/routes';

type Props = PageProps<'/[locale]/releases/[slug]/side-by-side'>;

// As the release page: the newest at build time, the rest on their first request.
export const revalidate = false;
// The [locale] layout allows only ko and en; below it, params the build did not render are rendered on request.
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getPrerenderedReleases()).filter(hasSideBySide).map((release) => ({ slug: release.slug }));
}

async function load(params: Props['params']) {
  const bilingual = bilingualOf((await readReleaseParams(params, sideBySidePath)).release);
  if (!bilingual) notFound();
  return bilingual;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, release, version } = await readReleaseParams(params, sideBySidePath);
  const t = await getTranslations({ locale, namespace: 'SideBySide' });
  return pageMetadata({
    locale,
    newsroom: await getNewsroom(),
    path: sideBySidePath(release.slug),
    title: t('title', { title: version.title }),
    description: t('description'),
  });
}

export default async function SideBySidePage({ params }: Props) {
  return <SideBySide {...await load(params)} newsroom={await getNewsroom()} />;
}
