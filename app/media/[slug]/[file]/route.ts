import { listMedia, mediaType, renderMedia } from '@/lib/media/catalog';

// Every original and sized copy is made at build time; an unknown name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listMedia()).map((file) => ({ slug: file.slug, file: file.name }));
}

export async function GET(_request: Request, { params }: RouteContext<'/media/[slug]/[file]'>) {
  const { slug, file: name } = await params;
  const file = (await listMedia()).find((candidate) => candidate.slug === slug && candidate.name === name);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(Buffer.from(await renderMedia(file)), { headers: { 'Content-Type': mediaType(file) } });
}
