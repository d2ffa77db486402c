import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

// Everything but Next internals, downloads and files with an extension (feeds, sitemap, icons).
export const config = { matcher: ['/((?!_next|_vercel|downloads|.*\\..*).*)'] };
