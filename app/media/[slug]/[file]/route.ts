import { findMedia, mediaType, renderMedia } from '@/lib/media/catalog';
import { fileResponse, notFound } from '@/lib/http/file-responses';

// As downloads: made per request from the images kept in memory, answered by lib/http (304, ranges). An unknown name is a 404.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/media/[slug]/[file]'>) {
  const { slug, file: name } = await params;
  const file = await findMedia(slug, name);
  if (!file) return notFound();
  return fileResponse(request, { ...file, headers: { 'Content-Type': mediaType(file) }, bytes: () => renderMedia(file) });
}
