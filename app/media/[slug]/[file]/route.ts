import { findMedia, mediaType, renderMedia } from '@/lib/media/catalog';
import { getRenamedSlug } from '@/lib/content';
import { fileResponse, notFound, permanentRedirect } from '@/lib/http/file-responses';
import { mediaPath } from '@/lib/routes';

// As downloads: made per request from the images kept in memory, answered by lib/http (304, ranges).
// A renamed release's old slug is a 308 to its new one; an unknown name is a 404.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/media/[slug]/[file]'>) {
  const { slug, file: name } = await params;
  const file = await findMedia(slug, name);
  if (!file) {
    const renamed = await getRenamedSlug(slug);
    return renamed ? permanentRedirect(mediaPath(renamed, name)) : notFound();
  }
  return fileResponse(request, { ...file, headers: { 'Content-Type': mediaType(file) }, bytes: () => renderMedia(file) });
}
