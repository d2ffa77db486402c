import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { findDownload } from './lib/downloads/catalog';
import { isNotModified, type Validators } from './lib/downloads/validators';
import { findMedia } from './lib/media/catalog';
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

/** The validators of the file a conditional request names, if it is one this build serves. */
async function validatorsOf(pathname: string): Promise<Validators | undefined> {
  const [, folder, first, second] = pathname.split('/').map((segment) => decodeURIComponent(segment));
  if (folder === 'downloads' && first && second === undefined) return findDownload(first);
  if (folder === 'media' && first && second) return findMedia(first, second);
  return undefined;
}

/**
 * Next serves cached route responses without looking at validators, so a conditional request
 * for a file is answered here: 304 with the file's validators when it still matches a file
 * that exists; anything else (an unknown name included) goes on to the route.
 */
async function answerConditional(request: NextRequest) {
  const validators = await validatorsOf(request.nextUrl.pathname).catch(() => undefined);
  if (!validators || !isNotModified(request.headers, validators)) return NextResponse.next();
  return new NextResponse(null, { status: 304, headers: { ETag: validators.etag, 'Last-Modified': validators.lastModified } });
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

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/downloads/') || pathname.startsWith('/media/')) return answerConditional(request);
  if (pathname !== '/' && !pathname.startsWith('/releases/')) return unknownLanguage(request);
  return chooseLanguage(request);
}

// It runs only where it has work: the two addresses without a language, and downloads and
// images asked for conditionally. Every other page is static and says its language in its path, so no page
// response carries a cookie or a per-request header.
// Next reads the matcher without running this file: it must be written out literally.
export const config = {
  matcher: [
    '/',
    '/releases/:slug',
    // Two or more segments under anything but a language (lib/i18n/routing.ts) or a folder of files.
    '/((?!ko/|en/|releases/|downloads/|media/|search-index/|_next/)[^/]+/.+)',
    { source: '/downloads/:file', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/downloads/:file', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/media/:slug/:file', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/media/:slug/:file', has: [{ type: 'header', key: 'if-modified-since' }] },
  ],
};
