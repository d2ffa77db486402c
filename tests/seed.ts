import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The real release (content/releases/…) that tests, the benchmark and screenshots read. */
export const SLUG = 'lg-innotek-win-win-growth-index-2022';

/** The Korean seed text (without its page chrome), one line per title, subtitle line or paragraph. */
export const seedLines = readFileSync(path.resolve('tests/fixtures/seed/lg-innotek-ko.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** Each page type of the real site in a language, as a reader reaches it. */
const pageTypes = (locale: 'ko' | 'en') => ({
  list: `/${locale}`,
  release: `/${locale}/releases/${SLUG}`,
  sideBySide: `/${locale}/releases/${SLUG}/side-by-side`,
  search: `/${locale}/search`,
  searchWithResults: `/${locale}/search?q=${locale === 'ko' ? encodeURIComponent('동반성장') : 'supplier'}`,
  topic: `/${locale}/tags/shared-growth`,
  year: `/${locale}/archive/2022`,
  unknownRelease: `/${locale}/releases/no-such-release`,
  unknownAddress: `/${locale}/no/such/page`,
});

/**
 * Every page type of the real site in a language: list, release, side-by-side, search (before a
 * query and with results), topic, year, and the 404s (an unknown release, an unknown address).
 * Checked with axe in both colour schemes, and screenshotted.
 */
export const everyPageType = (locale: 'ko' | 'en') => Object.values(pageTypes(locale));

/**
 * The page types with parts a phone lays out its own way (the header's menus, a release's tap
 * controls, side-by-side in one column, the search filters above the results): axe checks these
 * at 390 px too, the others at 1280 px only, their colours and structure being the same.
 */
export function phoneLayoutPageTypes(locale: 'ko' | 'en') {
  const { list, release, sideBySide, searchWithResults } = pageTypes(locale);
  return [list, release, sideBySide, searchWithResults];
}
