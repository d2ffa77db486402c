import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbargoBanner } from '@/components/release/embargo-banner';
import { SideBySide } from '@/components/release/side-by-side';
import { getNewsroom } from '@/lib/content';
import { bilingualOf } from '@/lib/content/release';
import { previewLines } from '@/lib/preview';
import { previewMetadata, readPreviewParams } from '@/lib/preview/route-params';
import { previewAddresses, sideBySidePath } from '@/lib/routes';

// As the preview page: per request, for one reader, kept by no cache.
export const dynamic = 'force-dynamic';

export const generateMetadata = ({ params }: PageProps<'/[locale]/preview/[token]/side-by-side'>): Promise<Metadata> =>
  previewMetadata(params, sideBySidePath);

export default async function PreviewSideBySidePage({ params }: PageProps<'/[locale]/preview/[token]/side-by-side'>) {
  const { release, locale, note, token } = await readPreviewParams(params, sideBySidePath);
  const bilingual = bilingualOf(release);
  if (!bilingual) notFound();
  return (
    <>
      <EmbargoBanner lines={previewLines(note, locale)} />
      <SideBySide {...bilingual} newsroom={await getNewsroom()} addresses={previewAddresses(token, locale)} />
    </>
  );
}
