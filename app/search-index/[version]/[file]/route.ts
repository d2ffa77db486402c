import { getSearchFiles } from '@/lib/search/indexing';
import { immutableFile, notFound } from '@/lib/http/file-responses';

// The index's files are made at build time under a version that names their content; the term
// chunks and release cards (thousands at 10,000 releases) are read from disk when asked for, a
// release's text (for excerpts) made then. Answered per request rather than from Next's render
// cache, which would keep a 404 for every unknown name asked. An unknown version or file, or the
// index of an embargo still ahead, is a 404 no cache keeps; a known one never changes under its URL.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/search-index/[version]/[file]'>) {
  const { version, file } = await params;
  const body = await (await getSearchFiles(version))?.file(file);
  if (body === undefined) return notFound();
  return immutableFile(body, 'application/json; charset=utf-8');
}
