import { downloadHeaders, findDownload, renderDownload } from '@/lib/downloads/catalog';
import { requestedRange } from '@/lib/http/ranges';
import { isNotModified, notFound } from '@/lib/http/file-responses';

// Rendered per request from the files kept in memory (lib/downloads/catalog.ts), not from Next's
// route cache, which would answer every request with the whole file: this route answers a
// conditional request (304 only for a file that exists) and a Range request (206) itself. Next
// sends route responses without Content-Length, so a cache in front learns a file's length from
// Content-Range (deploy/nginx.conf asks in slices). An unknown name is a 404.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/downloads/[file]'>) {
  const download = await findDownload((await params).file);
  if (!download) return notFound();
  const headers = downloadHeaders(download);
  if (isNotModified(request.headers, download)) return new Response(null, { status: 304, headers });
  const bytes = await renderDownload(download);
  const range = requestedRange(request.headers.get('range'), bytes.byteLength);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${bytes.byteLength}` } });
  if (!range) return new Response(Buffer.from(bytes), { headers });
  return new Response(Buffer.from(bytes.subarray(range.start, range.end + 1)), {
    status: 206,
    headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${bytes.byteLength}` },
  });
}
