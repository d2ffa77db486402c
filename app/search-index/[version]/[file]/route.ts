import { getSearchFiles } from '@/lib/search/search-files';

// The index is made at build time; an unknown version or file is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const { version, files } = await getSearchFiles();
  return [...files.keys()].map((file) => ({ version, file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/search-index/[version]/[file]'>) {
  const { version, file } = await params;
  const index = await getSearchFiles();
  const body = index.version === version ? index.files.get(file) : undefined;
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
