import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { getNextEmbargo } from './lib/content';
import { limitAcceptLanguage } from './lib/i18n/accept-language';
import { routing } from './lib/i18n/routing';

const negotiate = createMiddleware(routing);

/**
 * Picks the reader's language (cookie, then a bounded Accept-Language, else Korean) and
 * redirects. The answer is this reader's: no shared cache may keep it.
 */
function chooseLanguage(request: NextRequest) {
  const acceptLanguage = request.headers.get('accept-language');
  const headers = new Headers(request.headers);
  if (acceptLanguage) headers.set('accept-language', limitAcceptLanguage(acceptLanguage));
  const response = negotiate(new NextRequest(request, { headers }));
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

/** The first segments that are not a language: the folders of files, and Next's own. */
const FILE_FOLDERS = ['downloads', 'media', 'search-index', '_next'];

/**
 * A path of two or more segments below a first segment that is no language (/fr/releases/x):
 * the answer /fr gets, the static 404. Pages below [locale] render on request, and an unknown
 * language found in its layout would leave nothing to render the 404 in.
 */
function unknownLanguage(request: NextRequest): NextResponse | undefined {
  const [, first, ...rest] = request.nextUrl.pathname.split('/');
  if (!first || !rest.join('/') || first === 'releases' || FILE_FOLDERS.includes(first) || routing.locales.some((locale) => locale === first)) return undefined;
  return NextResponse.rewrite(new URL(`/${first}`, request.url));
}

/**
 * While an embargo is pending, nothing the cache in front keeps outlives it: nginx honours
 * `X-Accel-Expires` (an absolute moment after `@`) before Cache-Control, and never passes it on
 * to readers. The origin's own cache expires at the same moment (lib/cache/embargo-cache-handler.cjs).
 */
async function expireAtNextEmbargo(response: NextResponse): Promise<NextResponse> {
  const next = await getNextEmbargo();
  if (next) response.headers.set('X-Accel-Expires', `@${Math.ceil(next.getTime() / 1000)}`);
  return response;
}

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/' || /^\/releases\/[^/]+$/.test(pathname)) return chooseLanguage(request);
  return expireAtNextEmbargo(unknownLanguage(request) ?? NextResponse.next());
}

// Every address but Next's build files, which never change under their names.
// Next reads the matcher without running this file: it must be written out literally.
export const config = {
  matcher: ['/((?!_next/static/).*)'],
};
