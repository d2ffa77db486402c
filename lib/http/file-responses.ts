import { lastModified, type ReleaseSummary } from '@/lib/content/release';

/** What the routes of files (downloads, images) answer besides the file: validators, 304, caching, 404. */

/** A file's validators: an ETag from its content, and when it last changed (an HTTP date). */
export type Validators = { etag: string; lastModified: string };

/**
 * The validators of file `name` of `release`: the ETag from the release's content hash, so a file
 * whose release did not change keeps it across deploys; the date of its last change.
 */
export const releaseFileValidators = (release: Pick<ReleaseSummary, 'hash' | 'date' | 'updates'>, name: string): Validators => ({
  etag: `"${release.hash.slice(0, 20)}-${name}"`,
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
 * Downloads and images keep their URL when a release is corrected, so browsers revalidate after
 * a week while a cache in front keeps them until the next deploy makes it forget.
 */
export const CORRECTABLE_FILE_CACHE = 'public, max-age=604800, s-maxage=31536000, stale-while-revalidate=86400';

/** A route's 404 for a file name it does not know: kept by no cache, since a deploy may publish the file. */
export const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
