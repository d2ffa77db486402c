import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The real release (content/releases/…) that tests, the benchmark and screenshots read. */
export const SLUG = 'lg-innotek-win-win-growth-index-2022';

/** The Korean seed text (without its page chrome), one line per title, subtitle line or paragraph. */
export const seedLines = readFileSync(path.resolve('tests/fixtures/seed/lg-innotek-ko.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
