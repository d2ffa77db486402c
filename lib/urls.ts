import { getPathname } from './i18n/navigation';
import type { Locale } from './i18n/routing';
import { site } from './site';

/** The public, absolute URL of a page in one language, e.g. for permalinks in downloads and feeds. */
export const absoluteUrl = (locale: Locale, path: string) => new URL(getPathname({ locale, href: path }), site.url).toString();
