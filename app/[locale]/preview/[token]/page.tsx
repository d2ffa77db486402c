import type { Metadata } from 'next';
import { ReleaseArticle } from '@/components/release/release-article';
import { getNewsroom } from '@/lib/content';
import { releaseDownloads } from '@/lib/downloads/catalog';
import { previewLines } from '@/lib/preview';
import { previewMetadata, readPreviewParams } from '@/lib/preview/route-params';
import { localePath, previewAddresses, previewDownloadPath } from '@/lib/routes';

// One journalist's view of a release under embargo: rendered for each request, kept by no cache
// (next.config.ts sends private, no-store, noindex and no-referrer), with no card for sharing.
export const dynamic = 'force-dynamic';

export const generateMetadata = ({ params }: PageProps<'/[locale]/preview/[token]'>): Promise<Metadata> => previewMetadata(params);

export default async function PreviewPage({ params }: PageProps<'/[locale]/preview/[token]'>) {
  const { release, version, locale, note, token } = await readPreviewParams(params);
  // A release not yet translated is previewed in its original, as its page will point to it.
  const downloads = await releaseDownloads(release, version.locale, {
    sizes: false,
    href: (name) => localePath(locale, previewDownloadPath(token, name)),
  });
  const preview = { lines: previewLines(note, locale), addresses: previewAddresses(token, locale) };
  return (
    <ReleaseArticle
      release={release}
      version={version}
      newsroom={await getNewsroom()}
      related={[]}
      downloads={downloads}
      preview={preview}
    />
  );
}
