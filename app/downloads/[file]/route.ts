import { downloadHeaders, listDownloads, renderDownload } from '@/lib/downloads/catalog';

// Every file is generated at build time; an unknown name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listDownloads()).map((download) => ({ file: download.name }));
}

export async function GET(_request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const { file } = await params;
  const download = (await listDownloads()).find((candidate) => candidate.name === file);
  if (!download) return new Response('Not found', { status: 404 });
  return new Response(Buffer.from(await renderDownload(download)), { headers: downloadHeaders(download) });
}
