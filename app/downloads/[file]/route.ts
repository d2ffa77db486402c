import { downloadHeaders, findDownload, renderDownload } from '@/lib/downloads/catalog';
import { fileResponse, notFound } from '@/lib/http/file-responses';

// Rendered per request from the files kept in memory (lib/downloads/catalog.ts), not from Next's
// route cache, which would answer every request with the whole file: lib/http answers a
// conditional request (304 only for a file that exists) and a Range request (206) itself, so a
// cache in front learns a file's length from Content-Range (deploy/nginx.conf asks in slices).
// An unknown name is a 404.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const download = await findDownload((await params).file);
  if (!download) return notFound();
  return fileResponse(request, { ...download, headers: downloadHeaders(download), bytes: () => renderDownload(download) });
}
