import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The real release (content/releases/…) that tests, the benchmark and screenshots read. */
export const SLUG = 'lg-innotek-win-win-growth-index-2022';

/** The Korean seed text (without its page chrome), one line per title, subtitle line or paragraph. */
export const seedLines = readFileSync(path.resolve('tests/fixtures/seed/lg-innotek-ko.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/**
 * Every page type of the real site in a language, as a reader reaches it: list, release,
 * side-by-side, search (before a query and with results), topic, year, and the 404s (an unknown
 * release, an unknown address). Checked with axe in both colour schemes, and screenshotted.
 */
export const everyPageType = (locale: 'ko' | 'en') => [
  `/${locale}`,
  `/${locale}/releases/${SLUG}`,
  `/${locale}/releases/${SLUG}/side-by-side`,
  `/${locale}/search`,
  `/${locale}/search?q=${locale === 'ko' ? encodeURIComponent('동반성장') : 'supplier'}`,
  `/${locale}/tags/shared-growth`,
  `/${locale}/archive/2022`,
  `/${locale}/releases/no-such-release`,
  `/${locale}/no/such/page`,
];
