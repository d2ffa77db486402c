import { headFile, shardFile } from '@/lib/search/file-names';
import { getSearchFiles } from '@/lib/search/search-files';

// The head and the term shards are made at build time; a release's text (for excerpts) on its
// first request. An unknown version or file is a 404.
export const dynamic = 'force-static';

export async function generateStaticParams() {
  const { version, shardCount } = await getSearchFiles();
  return [headFile, ...Array.from({ length: shardCount }, (_, shard) => shardFile(shard))].map((file) => ({ version, file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/search-index/[version]/[file]'>) {
  const { version, file } = await params;
  const index = await getSearchFiles();
  const body = index.version === version ? await index.file(file) : undefined;
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
