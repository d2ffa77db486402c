/** A file's validators: an ETag from its content, and when it last changed (an HTTP date). */
export type Validators = { etag: string; lastModified: string };

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
