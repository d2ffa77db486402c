import { findMedia, mediaType, renderMedia } from '@/lib/media/catalog';
import { CORRECTABLE_FILE_CACHE, isNotModified, notFound } from '@/lib/http/file-responses';

// As downloads: made per request from the images kept in memory, so this route answers a
// conditional request itself (304 only for an image that exists). An unknown name is a 404.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/media/[slug]/[file]'>) {
  const { slug, file: name } = await params;
  const file = await findMedia(slug, name);
  if (!file) return notFound();
  const headers = { 'Content-Type': mediaType(file), 'Cache-Control': CORRECTABLE_FILE_CACHE, ETag: file.etag, 'Last-Modified': file.lastModified };
  if (isNotModified(request.headers, file)) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(await renderMedia(file)), { headers });
}
