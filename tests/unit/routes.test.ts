import { createNavigation } from 'next-intl/navigation';
import { describe, expect, it } from 'vitest';
import { routing } from '@/lib/i18n/routing';
import { listPagePath, localePath, releasePath, searchPath, sideBySidePath, tagFeedPath, tagPath } from '@/lib/routes';

describe('localePath', () => {
  const { getPathname } = createNavigation(routing);
  const paths = [
    '/',
    releasePath('a-release'),
    sideBySidePath('a-release'),
    listPagePath(tagPath('esg'), 2),
    listPagePath('/', 3),
    searchPath,
    tagFeedPath('esg'),
  ];

  it.each(routing.locales.flatMap((locale) => paths.map((path) => [locale, path] as const)))(
    '%s %s: as next-intl builds it',
    (locale, path) => {
      expect(localePath(locale, path)).toBe(getPathname({ locale, href: path }));
    },
  );

  it('puts the language first, and the home page at the bare prefix', () => {
    expect(localePath('en', releasePath('a-release'))).toBe('/en/releases/a-release');
    expect(localePath('ko', '/')).toBe('/ko');
  });
});
