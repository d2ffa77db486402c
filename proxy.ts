import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
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

/**
 * A path below a first segment that is no language (/fr/releases/x): the answer /fr gets, the
 * static 404. Pages below [locale] render on request, and an unknown language found in its
 * layout would leave nothing to render the 404 in.
 */
function unknownLanguage(request: NextRequest) {
  const [, first] = request.nextUrl.pathname.split('/');
  return NextResponse.rewrite(new URL(`/${first}`, request.url));
}

/**
 * An address with a trailing slash: a 308 to the one without, answered here rather than by Next
 * (skipTrailingSlashRedirect) because Next's own redirects carry none of the site's headers (its
 * router drops them). A plain URL: NextURL would put the slash back.
 */
function withoutTrailingSlash(url: URL) {
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return NextResponse.redirect(url, 308);
}

export default function proxy(request: NextRequest) {
  const url = new URL(request.url);
  if (/.\/$/.test(url.pathname)) return withoutTrailingSlash(url);
  const { pathname } = request.nextUrl;
  if (pathname !== '/' && !pathname.startsWith('/releases/')) return unknownLanguage(request);
  return chooseLanguage(request);
}

// It runs only where it has work: the two addresses without a language, and paths under a
// first segment that is no language. Every page says its language in its path, so no page
// response carries a cookie or a per-request header.
// Next reads the matcher without running this file: it must be written out literally.
export const config = {
  matcher: [
    '/',
    '/releases/:slug',
    // Two or more segments under anything but a language (lib/i18n/routing.ts) or a folder of files.
    '/((?!ko/|en/|releases/|downloads/|media/|search-index/|fonts/|_next/)[^/]+/.+)',
    // Any address that ends in a slash.
    '/(.+)/',
  ],
};
