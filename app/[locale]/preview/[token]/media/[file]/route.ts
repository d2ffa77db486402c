import { fileResponse, notFound, permanentRedirect } from '@/lib/http/file-responses';
import { mediaFileOf, mediaType, renderMedia } from '@/lib/media/catalog';
import { openPreview } from '@/lib/preview';
import { mediaPath } from '@/lib/routes';

// A preview's image, for its one reader until the embargo (the public /media/ address answers 404
// until then): kept by no cache. A token that opens nothing, or a name the release has no image under, is a 404;
// once the release is public, a 308 to the public image.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/[locale]/preview/[token]/media/[file]'>) {
  const { token, file: name } = await params;
  const preview = await openPreview(token);
  if (preview && 'published' in preview) return permanentRedirect(mediaPath(preview.published, name));
  const file = preview && mediaFileOf(preview.release, name);
  if (!file) return notFound();
  return fileResponse(request, {
    ...file,
    headers: { 'Content-Type': mediaType(file), 'Cache-Control': 'private, no-store' },
    bytes: () => renderMedia(file),
  });
}
