import { headFile } from '@/lib/search/file-names';
import { getSearchFiles } from '@/lib/search/search-files';

// The index's files are made at build time and the head is prerendered; the term chunks and
// release cards (thousands at 10,000 releases) are read on their first request, a release's
// text (for excerpts) made then. An unknown version or file is a 404.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  const { version } = await getSearchFiles();
  return [{ version, file: headFile }];
}

export async function GET(_request: Request, { params }: RouteContext<'/search-index/[version]/[file]'>) {
  const { version, file } = await params;
  const index = await getSearchFiles();
  const body = index.version === version ? await index.file(file) : undefined;
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
