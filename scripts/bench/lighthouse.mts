import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import { taskNameToGroup } from 'lighthouse/core/lib/tracehouse/task-groups.js';
import { median } from 'simple-statistics';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

export type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number };

/** A long task of the median run: when it started, how long it ran, and the script Lighthouse blames. */
export type LongTask = { start: number; duration: number; script: string };

/**
 * A page's scores from its median run (by performance), the spread of performance, the median
 * total blocking time, what cost that run its points, its main thread by group, its longest tasks,
 * and the trace events whose own time Lighthouse files under "Other".
 */
export type PageScores = Scores & {
  runs: number[];
  blockingMs: number;
  /**
   * Each round's total blocking time and pessimistic estimate, in the order of the rounds: how far
   * one page's blocking spreads between runs, and what pairs with another build's same round.
   */
  rounds: RoundBlocking[];
  /** Each estimate's median over the runs. */
  estimates: BlockingEstimates;
  /** Each moment's median over the runs. */
  moments: Moments;
  cost: string;
  groups: Record<string, number>;
  longTasks: LongTask[];
  other: [string, number][];
};

/**
 * Lighthouse's TBT is the mean of two estimates from simulated page loads (Lantern): each sums the
 * blocking of the long tasks between first paint and interactive, the optimistic one with the
 * narrower window (interactive from a load of scripts and high-priority requests only). A task just
 * past that window counts in one estimate and not the other: half its blocking either way.
 */
export type BlockingEstimates = { optimistic: number; pessimistic: number };

/** One round's blocking of a page: Lighthouse's TBT and the pessimistic estimate alone. */
export type RoundBlocking = { blocking: number; pessimistic: number };

/**
 * When the simulated load first painted, painted its largest element and became interactive (ms):
 * the window TBT counts in opens at first paint, so a build that paints later may block less.
 */
export type Moments = { firstPaint: number; largestPaint: number; interactive: number };

/** The engines a run measured with, as the report prints them. */
export type Engines = { chromium: string; lighthouse: string };

/**
 * On this 2-core machine a page's performance swings from run to run (LCP 1.3–2.4 s on one page): a
 * page's figure is the median of this many.
 */
export const RUNS = 5;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };

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
  const short: Record<string, string> = {
    'largest-contentful-paint': 'LCP',
    'first-contentful-paint': 'FCP',
    'speed-index': 'Speed Index',
    'total-blocking-time': 'TBT',
    'cumulative-layout-shift': 'CLS',
  };
  return `${short[worst.audit.id] ?? worst.audit.id} ${worst.audit.displayValue ?? ''} (−${Math.round(worst.lost)})`.replace('  ', ' ');
}

type Items<T> = { items?: T[] } | undefined;

/** Main-thread time by Lighthouse's groups (ms), from its breakdown audit. */
function groupsOf({ lhr }: Result): Record<string, number> {
  const items = (lhr.audits['mainthread-work-breakdown']?.details as Items<{ group: string; duration: number }>)?.items ?? [];
  const groups: Record<string, number> = {};
  for (const { group, duration } of items) groups[group] = (groups[group] ?? 0) + duration;
  return groups;
}

/** The three longest tasks, with the script file Lighthouse attributes each to. */
function longTasksOf({ lhr }: Result): LongTask[] {
  const items = (lhr.audits['long-tasks']?.details as Items<{ url: string; duration: number; startTime: number }>)?.items ?? [];
  return items
    .toSorted((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map(({ url, duration, startTime }) => ({
      start: startTime,
      duration,
      script: url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/_next\/static\/chunks\//, ''),
    }));
}

/**
 * What "Other" is: on the page's main thread, the own time of each trace event (its duration less
 * its children's) that no ancestor of Lighthouse's known event names claims, summed by event name,
 * the five largest, in ms scaled as Lighthouse scales its groups (by the simulated CPU slowdown).
 * Time a top-level RunTask spends outside any named event is the engine's own scheduling; a named
 * event Lighthouse does not know is work it cannot group.
 */
function otherOf(result: Result): [string, number][] {
  const { throttlingMethod, throttling } = result.lhr.configSettings;
  const scale = throttlingMethod === 'simulate' ? (throttling.cpuSlowdownMultiplier ?? 1) : 1;
  const trace = (result.artifacts as { Trace?: { traceEvents: TraceEvent[] } }).Trace;
  const events = trace?.traceEvents ?? [];
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      events.some((e) => e.pid === event.pid && e.name === 'ParseHTML'),
  );
  if (!main) return [];
  const complete = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
    .toSorted((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const other = new Map<string, number>();
  // A stack of open events: each event's own time is its duration less its direct children's.
  const stack: { event: TraceEvent; own: number; claimed: boolean }[] = [];
  const close = () => {
    const { event, own, claimed } = stack.pop()!;
    if (!claimed) other.set(event.name, (other.get(event.name) ?? 0) + (own / 1000) * scale);
  };
  for (const event of complete) {
    while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= event.ts) close();
    const parent = stack.at(-1);
    if (parent) parent.own -= event.dur!;
    const known = taskNameToGroup[event.name] && taskNameToGroup[event.name]!.id !== 'other';
    stack.push({ event, own: event.dur!, claimed: Boolean(known || parent?.claimed) });
  }
  while (stack.length) close();
  return [...other].toSorted((a, b) => b[1] - a[1]).slice(0, 5);
}

/** The run's two TBT estimates, recomputed from its trace as Lighthouse's own audit computes them (cached there, not exposed). */
async function estimatesOf({ artifacts, lhr }: Result): Promise<BlockingEstimates> {
  const { Trace: trace, DevtoolsLog: devtoolsLog, GatherContext: gatherContext, URL, SourceMaps } = artifacts;
  const settings = lhr.configSettings;
  const metric = await LanternTotalBlockingTime.request(
    { trace, devtoolsLog, gatherContext, settings, URL, SourceMaps, simulator: null },
    { computedCache: new Map(), settings },
  );
  return { optimistic: metric.optimisticEstimate.timeInMs, pessimistic: metric.pessimisticEstimate.timeInMs };
}

/** Each field's median over the runs. */
const medians = <T extends Record<string, number>>(runs: T[]): T =>
  Object.fromEntries(Object.keys(runs[0]!).map((key) => [key, median(runs.map((run) => run[key]!))])) as T;

type Run = Omit<PageScores, 'runs' | 'blockingMs' | 'rounds' | 'estimates' | 'moments'> & {
  tbt: number;
  tbtEstimates: BlockingEstimates;
  runMoments: Moments;
};

/** One Lighthouse run of `url`: its scores, blocking time and where the main thread went. */
async function runOnce(url: string, port: number): Promise<{ run: Run; version: string }> {
  const result = await lighthouse(url, { port, logLevel: 'error', output: 'json' });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  const category = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? 0;
  return {
    version: lhr.lighthouseVersion,
    run: {
      performance: category('performance'),
      accessibility: category('accessibility'),
      bestPractices: category('best-practices'),
      seo: category('seo'),
      tbt: metric('total-blocking-time'),
      tbtEstimates: await estimatesOf(result),
      runMoments: {
        firstPaint: metric('first-contentful-paint'),
        largestPaint: metric('largest-contentful-paint'),
        interactive: metric('interactive'),
      },
      cost: costOf(result),
      groups: groupsOf(result),
      longTasks: longTasksOf(result),
      other: otherOf(result),
    },
  };
}

/**
 * Lighthouse's default (mobile) run of each URL in Debian's Chromium, RUNS times; scores 0–100 of the
 * median run. In rounds, each URL once a round in the order given: this machine's speed drifts over
 * minutes (one page's blocking time 180–690 ms in ten runs), and a slow spell then costs every page
 * of its round alike instead of all the runs of one page, so pages and builds measured together
 * compare.
 */
export async function lighthouseScores(urls: string[]): Promise<{ engines: Engines; scores: Map<string, PageScores> }> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const scores = new Map<string, PageScores>();
  // The user agent says only 156.0.0.0 (Chrome's reduced UA); the browser itself says its build.
  const { Browser } = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser: string };
  const engines: Engines = { chromium: Browser.replace(/^\D+\//, ''), lighthouse: '' };
  try {
    const runs = new Map<string, Run[]>(urls.map((url) => [url, []]));
    for (let round = 0; round < RUNS; round++) {
      for (const url of urls) {
        const { run, version } = await runOnce(url, chrome.port);
        engines.lighthouse = version;
        runs.get(url)!.push(run);
      }
    }
    for (const [url, ofUrl] of runs) {
      const rounds = ofUrl.map((run) => ({ blocking: run.tbt, pessimistic: run.tbtEstimates.pessimistic }));
      ofUrl.sort((a, b) => a.performance - b.performance);
      const { tbt: _tbt, tbtEstimates: _estimates, runMoments: _moments, ...middle } = ofUrl[Math.floor(ofUrl.length / 2)]!;
      scores.set(url, {
        ...middle,
        runs: ofUrl.map((run) => run.performance),
        blockingMs: median(rounds.map((round) => round.blocking)),
        rounds,
        estimates: medians(ofUrl.map((run) => run.tbtEstimates)),
        moments: medians(ofUrl.map((run) => run.runMoments)),
      });
    }
  } finally {
    await chrome.kill();
  }
  return { engines, scores };
}
