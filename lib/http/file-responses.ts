import { readFile } from 'node:fs/promises';
import { notFoundPageFile } from '@/lib/cache/build-folder.cjs';
import { lastModified, type ReleaseSummary } from '@/lib/content/release';
import { requestedRange } from './ranges';

/** How the routes of files (downloads, images) answer: validators, 304, ranges, caching, 404. */

/** A file's validators: an ETag from its content, and when it last changed (an HTTP date). */
export type Validators = { etag: string; lastModified: string };

/**
 * The validators of file `name` of `release`: the ETag from the version of its files, so a file
 * whose release and rendering code did not change keeps it across deploys; the date of its last change.
 */
export const releaseFileValidators = (release: Pick<ReleaseSummary, 'files' | 'date' | 'updates'>, name: string): Validators => ({
  etag: `"${release.files.slice(0, 20)}-${name}"`,
  lastModified: new Date(lastModified(release)).toUTCString(),
});

/**
 * Whether a conditional request still matches a file that exists: its If-None-Match names the
 * file's ETag (or `*`), or, without one, its If-Modified-Since is at or after the file's last
 * change and not in the future (a clock ahead is no proof the reader has the file).
 */
export function isNotModified(headers: Headers, { etag, lastModified }: Validators, now = Date.now()): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()));
  const ifModifiedSince = Date.parse(headers.get('if-modified-since') ?? '');
  return ifModifiedSince <= now && ifModifiedSince >= Date.parse(lastModified);
}

/**
 * Whether a Range request may be answered with part of the file (RFC 9110 §13.1.5): with no
 * If-Range, or one naming the file as it is now: its strong ETag, or exactly its last change.
 * A reader resuming a download of an older version gets the whole new file instead of a splice.
 */
function rangeStillApplies(headers: Headers, { etag, lastModified }: Validators): boolean {
  const ifRange = headers.get('if-range');
  if (!ifRange) return true;
  if (ifRange.startsWith('"') || ifRange.startsWith('W/')) return ifRange === etag;
  return Date.parse(ifRange) === Date.parse(lastModified);
}

/**
 * Downloads and images keep their URL when a release is corrected, so browsers revalidate after
 * a week while a cache in front keeps them until the next deploy makes it forget. `no-transform`:
 * the bytes are the file its ETag names, and a cache asking in slices must get them as they are
 * (Next gzipped a text file's 206 slice, and nginx then waited for bytes that never came).
 */
const CORRECTABLE_FILE_CACHE = 'public, max-age=604800, s-maxage=31536000, stale-while-revalidate=86400, no-transform';

/** The 404 page of each build folder once read: a build's page stays as it was built while it is served. */
const notFoundPages = new Map<string, string>();

/**
 * A route's 404 for a file name it does not know: the site's 404 page, as every unknown address
 * gets it (a reader who follows an old download link lands in the site, with its search and
 * newest releases), read from the build; plain text where there is none (a test without one).
 * Kept by no cache, since a deploy may publish the file.
 */
export async function notFound(): Promise<Response> {
  const file = notFoundPageFile();
  const page = notFoundPages.get(file) ?? (await readFile(file, 'utf8').catch(() => undefined));
  if (page !== undefined) notFoundPages.set(file, page);
  return new Response(page ?? 'Not found', {
    status: 404,
    headers: { 'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A file whose URL names its content (a font slice, a search-index file): kept by every cache for a year. */
export const immutableFile = (body: BodyInit, type: string) =>
  new Response(body, { headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=31536000, immutable' } });

/** A 308 to where a file is now (a renamed release's). */
export const permanentRedirect = (location: string) => new Response(null, { status: 308, headers: { Location: location } });

/**
 * A file a route serves: its validators, its other headers (type, disposition; a Cache-Control of its
 * own), and its bytes, made only when they are sent.
 */
export type ServedFile = Validators & { headers: Record<string, string>; bytes: () => Promise<Uint8Array> };

/**
 * The one way a file is answered: 304 for a copy still current, 206 or 416 for a byte range, else 200
 * with the whole file and its length.
 */
export async function fileResponse(request: Request, file: ServedFile): Promise<Response> {
  const headers: Record<string, string> = {
    'Accept-Ranges': 'bytes',
    'Cache-Control': CORRECTABLE_FILE_CACHE,
    ETag: file.etag,
    'Last-Modified': file.lastModified,
    // A file for one reader (a preview's) says so in its own Cache-Control.
    ...file.headers,
  };
  if (isNotModified(request.headers, file)) return new Response(null, { status: 304, headers });
  const bytes = await file.bytes();
  const length = bytes.byteLength;
  const range = rangeStillApplies(request.headers, file) ? requestedRange(request.headers.get('range'), length) : undefined;
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${length}` } });
  if (!range) return new Response(Buffer.from(bytes), { headers: { ...headers, 'Content-Length': String(length) } });
  const part = bytes.subarray(range.start, range.end + 1);
  return new Response(Buffer.from(part), {
    status: 206,
    headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${length}`, 'Content-Length': String(part.byteLength) },
  });
}
