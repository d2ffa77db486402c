import { immutableFile, notFound } from '@/lib/http/file-responses';
import { webFontFile } from '@/lib/web-font/files';

// Pretendard's slices, made as the build started (lib/web-font) under names from their content,
// so a known one never changes under its URL.
// Answered per request, like the search index: an unknown name is a 404 no cache keeps.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/fonts/[file]'>) {
  const file = await webFontFile((await params).file);
  if (!file) return notFound();
  return immutableFile(file, 'font/woff2');
}
