import { createHash } from 'node:crypto';
import { downloadHeaders, renderPreviewDownload } from '@/lib/downloads/catalog';
import { downloadsOf } from '@/lib/downloads/manifest';
import { fileResponse, notFound, permanentRedirect } from '@/lib/http/file-responses';
import { openPreview } from '@/lib/preview';
import { downloadPath } from '@/lib/routes';

// A preview's file: made for its one reader on each request (its top names them and the embargo),
// kept by no cache. A token that opens nothing, or a name the release has no file under, is a 404;
// once the release is public, a 308 to the public file.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/[locale]/preview/[token]/downloads/[file]'>) {
  const { token, file } = await params;
  const preview = await openPreview(token);
  if (!preview) return notFound();
  if ('published' in preview) return permanentRedirect(downloadPath(file));
  const download = downloadsOf(preview.release).find((entry) => entry.name === file);
  if (!download) return notFound();
  const bytes = await renderPreviewDownload(preview.release, download, preview.note);
  const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}"`;
  return fileResponse(request, {
    etag,
    lastModified: download.lastModified,
    headers: { ...downloadHeaders(download), 'Cache-Control': 'private, no-store' },
    bytes: async () => bytes,
  });
}
