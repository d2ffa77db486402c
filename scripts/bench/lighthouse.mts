import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

export type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number };

/** A page's scores from its median run (by performance), the spread of performance, and what cost that run its performance points. */
export type PageScores = Scores & { runs: number[]; cost: string };

/** On this 2-core machine a page's performance swings from run to run (LCP 1.3–2.4 s on one page): a page's figure is the median of this many. */
export const RUNS = 5;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

/** The performance metric that cost the most points, with its value, e.g. "LCP 2.4 s (−6)". */
function costOf({ lhr }: Result): string {
  const performance = lhr.categories.performance!;
  const total = performance.auditRefs.reduce((sum, ref) => sum + ref.weight, 0);
  const losses = performance.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ audit: lhr.audits[ref.id]!, lost: (ref.weight / total) * (1 - (lhr.audits[ref.id]!.score ?? 1)) * 100 }))
    .sort((a, b) => b.lost - a.lost);
  const worst = losses[0];
  if (!worst || worst.lost < 0.5) return '–';
  const short: Record<string, string> = { 'largest-contentful-paint': 'LCP', 'first-contentful-paint': 'FCP', 'speed-index': 'Speed Index', 'total-blocking-time': 'TBT', 'cumulative-layout-shift': 'CLS' };
  return `${short[worst.audit.id] ?? worst.audit.id} ${worst.audit.displayValue ?? ''} (−${Math.round(worst.lost)})`.replace('  ', ' ');
}

/** Lighthouse's default (mobile) run of each URL in Debian's Chromium, RUNS times; scores 0–100 of the median run. */
export async function lighthouseScores(urls: string[]): Promise<Map<string, PageScores>> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const scores = new Map<string, PageScores>();
  try {
    for (const url of urls) {
      const runs: { scores: Scores; cost: string }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        const category = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
        runs.push({ scores: { performance: category('performance'), accessibility: category('accessibility'), bestPractices: category('best-practices'), seo: category('seo') }, cost: costOf(result) });
      }
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      const median = runs[Math.floor(runs.length / 2)]!;
      scores.set(url, { ...median.scores, runs: runs.map((run) => run.scores.performance), cost: median.cost });
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
