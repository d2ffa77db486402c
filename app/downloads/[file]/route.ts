import { getPrerenderedReleases } from '@/lib/content';
import { downloadHeaders, findDownload, renderDownload } from '@/lib/downloads/catalog';
import { downloadsOf } from '@/lib/downloads/manifest';

// The files of the releases the build renders ahead are made at build time; any other release's
// file is made on its first request, then served from the cache. An unknown name is a 404.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  return (await getPrerenderedReleases()).flatMap(downloadsOf).map((download) => ({ file: download.name }));
}

export async function GET(_request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const download = await findDownload((await params).file);
  if (!download) return new Response('Not found', { status: 404 });
  const bytes = await renderDownload(download);
  return new Response(Buffer.from(bytes), { headers: downloadHeaders(download, bytes) });
}
