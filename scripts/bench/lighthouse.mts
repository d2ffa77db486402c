import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

export type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number };


/** Lighthouse's default (mobile) run of each URL in Debian's Chromium; scores 0–100. */
export async function lighthouseScores(urls: string[]): Promise<Map<string, Scores>> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const scores = new Map<string, Scores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
      const category = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
      scores.set(url, {
        performance: category('performance'),
        accessibility: category('accessibility'),
        bestPractices: category('best-practices'),
        seo: category('seo'),
      });
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
