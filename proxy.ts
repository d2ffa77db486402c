import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { isNotModified } from './lib/downloads/validators';
import { limitAcceptLanguage } from './lib/i18n/accept-language';
import { routing } from './lib/i18n/routing';

const negotiate = createMiddleware(routing);

/** Picks the reader's language (cookie, then a bounded Accept-Language, else Korean) and redirects. */
function chooseLanguage(request: NextRequest) {
  const acceptLanguage = request.headers.get('accept-language');
  if (!acceptLanguage) return negotiate(request);
  const headers = new Headers(request.headers);
  headers.set('accept-language', limitAcceptLanguage(acceptLanguage));
  return negotiate(new NextRequest(request, { headers }));
}

export default function proxy(request: NextRequest) {
  if (!request.nextUrl.pathname.startsWith('/downloads/')) return chooseLanguage(request);
  return isNotModified(request.headers) ? new NextResponse(null, { status: 304 }) : NextResponse.next();
}

// It runs only where it has work: the two addresses without a language, and downloads asked for
// conditionally. Every other page is static and says its language in its path, so no page
// response carries a cookie or a per-request header.
// Next reads the matcher without running this file: it must be written out literally.
export const config = {
  matcher: [
    '/',
    '/releases/:slug',
    { source: '/downloads/:file', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/downloads/:file', has: [{ type: 'header', key: 'if-modified-since' }] },
  ],
};
