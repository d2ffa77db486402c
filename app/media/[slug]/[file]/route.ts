import { getPrerenderedReleases, getRelease } from '@/lib/content';
import { findMedia, mediaFilesOf, mediaType, renderMedia } from '@/lib/media/catalog';

// The images of the releases the build renders ahead are made at build time; any other
// release's on its first request, then served from the cache. An unknown name is a 404.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  const releases = await Promise.all((await getPrerenderedReleases()).map((release) => getRelease(release.slug)));
  return releases.flatMap((release) => (release ? mediaFilesOf(release) : [])).map((file) => ({ slug: file.slug, file: file.name }));
}

export async function GET(_request: Request, { params }: RouteContext<'/media/[slug]/[file]'>) {
  const { slug, file: name } = await params;
  const file = await findMedia(slug, name);
  if (!file) return new Response('Not found', { status: 404 });
  const bytes = await renderMedia(file);
  return new Response(Buffer.from(bytes), { headers: { 'Content-Type': mediaType(file), 'Content-Length': String(bytes.byteLength), ETag: file.etag, 'Last-Modified': file.lastModified } });
}
