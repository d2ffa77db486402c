// The search index as a reader's browser meets it: its size, what one query downloads, and how
// long the first result takes on a phone (Lighthouse's slow 4G and 4× CPU slowdown).
import { chromium, type Page } from '@playwright/test';
import { throttling } from 'lighthouse/core/config/constants.js';
import { median } from 'simple-statistics';
import { chromiumLaunchOptions } from '../chromium.ts';
import { weigh, type Weight } from './list-weight.mts';

export const QUERY = '동반성장';

const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none: Weight = { raw: 0, gzip: 0 };

/** The folder of the index the search page names, read from its HTML. */
async function indexFolder(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}/ko/search`)).text();
  const folder = html.match(/\/search-index\/[0-9a-f]{12}\//)?.[0];
  if (!folder) throw new Error('the search page names no index');
  return origin + folder;
}

export type IndexSize = { head: Weight; terms: Weight; cards: Weight; texts: Weight; chunks: number };

/** Every file of the index, by kind: the head, the term chunks, the release cards, the per-release texts. */
export async function indexSize(origin: string, slugs: string[]): Promise<IndexSize> {
  const folder = await indexFolder(origin);
  const head = await weigh(`${folder}head.json`);
  const { chunks, releaseCount, releasesPerFile } = (await (await fetch(`${folder}head.json`)).json()) as {
    chunks: string[];
    releaseCount: number;
    releasesPerFile: number;
  };
  let terms = none;
  for (let chunk = 0; chunk < chunks.length; chunk++) terms = add(terms, await weigh(`${folder}terms-${chunk}.json`));
  let cards = none;
  for (let file = 0; file < Math.ceil(releaseCount / releasesPerFile); file++)
    cards = add(cards, await weigh(`${folder}releases-${file}.json`));
  let texts = none;
  for (const slug of slugs) texts = add(texts, await weigh(`${folder}release-${slug}.json`));
  return { head, terms, cards, texts, chunks: chunks.length };
}

/** Medians in ms: a shared link opened, a query typed, and that query's first result's paragraph. */
export type SearchTiming = { coldMs: number; typedMs: number; typedParagraphMs: number; queryBytes: Weight };

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const slow4G = throttling.mobileSlow4G;
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slow4G.requestLatencyMs,
    downloadThroughput: (slow4G.downloadThroughputKbps * 1024) / 8,
    uploadThroughput: (slow4G.uploadThroughputKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow4G.cpuSlowdownMultiplier });
}

/**
 * Notes in the page the moment (performance.now(), from navigation start) the first result is
 * added to the DOM, the moment its paragraph is, and the moment the query reaches the search box,
 * so the times are the browser's, without the test driver's polling or its checks before it types.
 */
function watchForFirstResult() {
  // A result of the query: the newest releases, listed before anything is asked, are not one.
  const first = 'main ol:not([aria-labelledby="search-newest-label"]) > li:first-child';
  const observer = new MutationObserver(() => {
    if (!('firstResultAt' in window) && document.querySelector(first)) Object.assign(window, { firstResultAt: performance.now() });
    // The paragraph comes after the title, into the room its result keeps for it.
    if (!document.querySelector(`${first} h2 ~ p`)?.textContent) return;
    Object.assign(window, { firstParagraphAt: performance.now() });
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('input', () => Object.assign(window, { typedAt: performance.now() }), { capture: true, once: true });
}

type Moments = { firstResultAt: number; firstParagraphAt: number };
/** When the first result and its paragraph came (performance.now()), once both have. */
async function momentsOf(page: Page): Promise<Moments> {
  await page.waitForFunction(() => 'firstParagraphAt' in window, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const { firstResultAt, firstParagraphAt } = window as unknown as Moments;
    return { firstResultAt, firstParagraphAt };
  });
}

/**
 * Time to the first result (and, typed, to its paragraph), median of `runs`, each in a fresh
 * browser context with an empty cache: cold (from opening a shared /ko/search?q= link) and typed (the page is open, the reader types).
 * Also the bytes the typed query fetched from the index.
 */
export async function searchTiming(origin: string, runs = 3): Promise<SearchTiming> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const cold: number[] = [];
  const typed: number[] = [];
  const typedParagraph: number[] = [];
  let queryBytes = none;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await throttle(page);
      await page.addInitScript(watchForFirstResult);
      await page.goto(`${origin}/ko/search?q=${encodeURIComponent(QUERY)}`, { waitUntil: 'commit' });
      cold.push((await momentsOf(page)).firstResultAt);
      await context.close();
    }
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await throttle(page);
      await page.goto(`${origin}/ko/search`, { waitUntil: 'networkidle' });
      const fetched: Promise<Weight>[] = [];
      page.on('requestfinished', (request) => {
        if (request.url().includes('/search-index/')) fetched.push(weigh(request.url()));
      });
      await page.evaluate(watchForFirstResult);
      await page.getByRole('searchbox').fill(QUERY);
      const { firstResultAt, firstParagraphAt } = await momentsOf(page);
      const typedAt = await page.evaluate(() => (window as unknown as { typedAt: number }).typedAt);
      typed.push(firstResultAt - typedAt);
      typedParagraph.push(firstParagraphAt - typedAt);
      // What the query fetched for its whole first page, paragraphs included.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 60_000 });
      queryBytes = (await Promise.all(fetched)).reduce(add, none);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { coldMs: median(cold), typedMs: median(typed), typedParagraphMs: median(typedParagraph), queryBytes };
}
