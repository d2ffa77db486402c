import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { listedAt, listingExists, releaseAddressExists } from './lib/content';
import { simplifyAcceptLanguage } from './lib/i18n/accept-language';
import { previewAddressExists } from './lib/preview/route-params';
import { routing } from './lib/i18n/routing';
import { picksLanguage } from './lib/routes';

const negotiate = createMiddleware(routing);

/**
 * Picks the reader's language (cookie, then a bounded Accept-Language, else Korean) and
 * redirects. The answer is this reader's: no shared cache may keep it.
 */
function chooseLanguage(request: NextRequest) {
  const acceptLanguage = request.headers.get('accept-language');
  const headers = new Headers(request.headers);
  if (acceptLanguage) headers.set('accept-language', simplifyAcceptLanguage(acceptLanguage));
  const response = negotiate(new NextRequest(request, { headers }));
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

/**
 * The static 404 (both languages; its script shows the path's), as a first segment that is no
 * language gets it. For a path below one (/fr/releases/x): pages below [locale] render on request,
 * and an unknown language found in its layout would leave nothing to render the 404 in.
 */
function staticNotFound(request: NextRequest) {
  return NextResponse.rewrite(new URL('/404', request.url));
}

/**
 * Whether a page below a language names something now (`/releases/x`, `/tags/x/page/2`, a preview's
 * token): what its page would find, asked before it renders, since a page that finds nothing and
 * renders on request gives a 404 whose body Next leaves empty until its script runs (no text
 * without script, nothing for a screen reader until then; vercel/next.js#62228). `undefined` for
 * any other path: its route answers for itself.
 */
function pageExists([kind, name = '', ...rest]: string[]): Promise<boolean | undefined> | undefined {
  const view = rest.join('/');
  if (kind === 'releases' && ['', 'opengraph-image', 'side-by-side'].includes(view))
    return releaseAddressExists(name, view === 'side-by-side');
  if (kind === 'preview' && ['', 'side-by-side'].includes(view)) return previewAddressExists(name, view === 'side-by-side');
  if (kind === 'tags' && rest[0] !== 'feed.xml') return listingExists(listedAt.tag(name, rest));
  if (kind === 'archive') return listingExists(listedAt.year(name, rest));
  if (kind === 'page' && rest.length === 0) return listingExists(listedAt.later(name));
  return undefined;
}

/**
 * Whether the path's escapes decode to text. One that does not (`%A0`, a link cut off at `%E0%A4`,
 * a lone `%`) makes Next's router answer a bare 500 without the site's headers where it stands in a
 * dynamic segment (vercel/next.js#92527); no address of this site holds one.
 */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
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

/**
 * A call of a Server Action: its header, or a form post Next reads for an action's id. The site
 * has none; Next would look each one up and log a stack trace for every one it cannot find.
 */
const callsServerAction = (request: NextRequest) =>
  request.headers.has('next-action') || /^multipart\/form-data\b/.test(request.headers.get('content-type') ?? '');

export default async function proxy(request: NextRequest) {
  if (callsServerAction(request)) return new NextResponse('This site has no Server Actions.', { status: 400 });
  // A data address of Next's older router (/_next/data/{build}/….json), which Next marks and hands
  // on as the path it names (`/` for /_next/data/x.json, which would pick a language): the site has none.
  if (request.headers.has('x-nextjs-data') || request.nextUrl.buildId !== undefined) return staticNotFound(request);
  const url = new URL(request.url);
  if (!decodable(url.pathname)) return staticNotFound(request);
  if (/.\/$/.test(url.pathname)) return withoutTrailingSlash(url);
  const { pathname } = request.nextUrl;
  if (picksLanguage(pathname)) return chooseLanguage(request);
  const [, first, ...below] = pathname.split('/').map(decodeURIComponent);
  if (!hasLocale(routing.locales, first)) return staticNotFound(request);
  // A page that names nothing is the static 404; any other address below a language, Next routes (a
  // lookup that fails too: the page meets the same failure, and says so).
  const exists = await pageExists(below)?.catch(() => undefined);
  return exists === false ? staticNotFound(request) : NextResponse.next();
}

// It runs only where it has work: the two addresses without a language, paths under a first
// segment that is no language, the pages below a language that name what they show (pageExists),
// addresses that end in a slash, escapes Next's router may fail to decode, and calls of Server
// Actions. Every page says its language in its path, so no page response carries a cookie or a
// per-request header.
// Next reads the matcher without running this file: it must be written out literally.
export const config = {
  matcher: [
    '/',
    '/releases/:slug',
    // Two or more segments under anything but a language (lib/i18n/routing.ts) or a folder of files.
    '/((?!ko/|en/|releases/|downloads/|media/|search-index/|fonts/|_next/)[^/]+/.+)',
    // The pages below a language that name what they show: a release, a preview, a topic, a year, a later page.
    '/((?:ko|en)/(?:releases|preview|tags|archive|page)/.+)',
    // Any address that ends in a slash.
    '/(.+)/',
    // Any address with an escape of a byte beyond ASCII, or one that is no escape (decodable() decides).
    '/(.*%(?:[89a-fA-F]|[0-9a-fA-F]?(?:[^0-9a-fA-F]|$)).*)',
    // A page Next makes of its own that no reader has: its error page, which answers 500 (and would be kept as one).
    '/_global-error',
    // Anything that calls a Server Action (callsServerAction() decides).
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
  ],
};
