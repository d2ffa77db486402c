import { buildTime } from '@/lib/content/build-time';

/**
 * Validators of every download of this build: files change only when the site is built again,
 * so the build time is their version. The route sends them; the proxy answers a conditional
 * request that still matches with 304 (Next serves prerendered route responses without
 * checking validators).
 */
export function downloadValidators() {
  const time = buildTime();
  return { etag: `W/"${time.getTime().toString(36)}"`, lastModified: time.toUTCString() };
}

/** Whether a request's If-None-Match (or, without one, If-Modified-Since) still matches this build's files. */
export function isNotModified(headers: Headers): boolean {
  const { etag } = downloadValidators();
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const ifModifiedSince = Date.parse(headers.get('if-modified-since') ?? '');
  // HTTP dates have whole seconds; the build time has milliseconds.
  return ifModifiedSince >= Math.floor(buildTime().getTime() / 1000) * 1000;
}
