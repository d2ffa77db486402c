import { downloadHeaders, findDownload, renamedDownload, renderDownload } from '@/lib/downloads/catalog';
import { fileResponse, notFound, permanentRedirect } from '@/lib/http/file-responses';
import { downloadPath } from '@/lib/routes';

// Rendered per request from the files kept in memory (lib/downloads/catalog.ts), not from Next's
// route cache, which would answer every request with the whole file: lib/http answers a
// conditional request (304 only for a file that exists) and a Range request (206) itself, so a
// cache in front learns a file's length from Content-Range (deploy/nginx.conf asks in slices).
// An old name of a renamed release is a 308 to its new one; an unknown name is a 404.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const { file } = await params;
  const download = await findDownload(file);
  if (!download) {
    const renamed = await renamedDownload(file);
    return renamed ? permanentRedirect(downloadPath(renamed)) : notFound();
  }
  return fileResponse(request, { ...download, headers: downloadHeaders(download), bytes: () => renderDownload(download) });
}
