// `npm run bench`: builds the site, measures page weight, Lighthouse, serving under load, the
// content pipeline at 10/100/1,000 releases and `next build` at 100/1,000, and writes
// bench/results.md. Not a test: it prints numbers against the targets and never fails on them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { lighthouseScores, type Scores } from './lighthouse.mts';
import { pageWeight, type PageWeight } from './page-weight.mts';
import { startServer, stopServer } from './server.mts';
import { measureServing } from './serving.mts';
import { listWeights } from './list-weight.mts';
import type { Weight } from './page-weight.mts';
import { indexSize, QUERY, searchTiming, type IndexSize, type SearchTiming } from './search.mts';
import { syntheticContent, syntheticSlug } from './synthetic-content.mts';
import { SLUG } from '../../tests/seed.ts';

const PORT = 3200;
const ORIGIN = `http://localhost:${PORT}`;
const SCALE_PORT = 3201;
const SCALE_ORIGIN = `http://localhost:${SCALE_PORT}`;
// The site is built into its own folder: the real .next stays what `npm run build` made.
const DIST_DIR = '.next-bench';
const BUILD_LIMIT_MS = 10 * 60 * 1000;
// A build past the 10-minute target still runs to the end, so the rows measured on it (list
// weight, search) exist and the target row says by how much it missed.
const SCALE_BUILD_LIMIT_MS = 25 * 60 * 1000;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const log = (message: string) => console.error(`[bench] ${message}`);

function build(env: Record<string, string>, timeoutMs: number): { ms: number; ok: boolean } {
  const start = performance.now();
  const result = spawnSync('node_modules/.bin/next', ['build'], { env: { ...process.env, ...env }, stdio: 'ignore', timeout: timeoutMs });
  return { ms: performance.now() - start, ok: result.status === 0 };
}

function pipelineMs(contentDir: string): { releases: number; ms: number } {
  const output = execFileSync('node_modules/.bin/tsx', ['scripts/bench/pipeline.mts'], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return JSON.parse(output);
}

async function measureSite() {
  log('building the site (with source maps, to tell our client code from the framework)');
  // SITE_URL as served, so canonical URLs point at the pages Lighthouse loads.
  if (!build({ BENCH_SOURCE_MAPS: '1', SITE_URL: ORIGIN, NEXT_DIST_DIR: DIST_DIR }, BUILD_LIMIT_MS).ok) throw new Error('next build failed');
  const server = await startServer(PORT, DIST_DIR);
  try {
    const weights = new Map<string, PageWeight>();
    for (const locale of ['ko', 'en']) weights.set(locale, await pageWeight(ORIGIN, `/${locale}/releases/${SLUG}`, DIST_DIR));
    const serving = await measureServing(ORIGIN, DIST_DIR, log);
    log('Lighthouse (mobile), about 11 s a page');
    const pages = ['/ko', '/en', `/ko/releases/${SLUG}`, `/en/releases/${SLUG}`, `/ko/releases/${SLUG}/side-by-side`, `/en/releases/${SLUG}/side-by-side`];
    const scores = await lighthouseScores(pages.map((page) => ORIGIN + page));
    return { weights, serving, scores: new Map([...scores].map(([url, score]) => [url.replace(ORIGIN, ''), score])) };
  } finally {
    await stopServer(server);
    await rm(DIST_DIR, { recursive: true, force: true });
  }
}

async function measureScale() {
  const pipeline: { count: number; ms: number }[] = [];
  for (const count of [10, 100, 1000]) {
    const dir = await syntheticContent(count);
    const { releases, ms } = pipelineMs(dir);
    if (releases !== count) throw new Error(`pipeline loaded ${releases} of ${count} releases`);
    pipeline.push({ count, ms });
    log(`pipeline ${count}: ${ms.toFixed(0)} ms`);
    await rm(dir, { recursive: true });
  }
  const builds: { count: number; ms: number; ok: boolean; lists?: Awaited<ReturnType<typeof listWeights>>; index?: IndexSize; search?: SearchTiming }[] = [];
  for (const count of [10, 100, 1000]) {
    const dir = await syntheticContent(count);
    const distDir = `.next-bench-${count}`;
    log(`next build of ${count} releases (target 10 min, stopped at 25)`);
    const result = build({ CONTENT_DIR: dir, NEXT_DIST_DIR: distDir }, SCALE_BUILD_LIMIT_MS);
    if (result.ok) {
      const server = await startServer(SCALE_PORT, distDir);
      try {
        const lists = await listWeights(SCALE_ORIGIN);
        if (count === 1000) {
          log('search: index size, and time to the first result on throttled Chromium');
          const slugs = Array.from({ length: count }, (_, index) => syntheticSlug(index));
          builds.push({ count, ...result, lists, index: await indexSize(SCALE_ORIGIN, slugs), search: await searchTiming(SCALE_ORIGIN) });
        } else builds.push({ count, ...result, lists });
      } finally {
        await stopServer(server);
      }
    } else builds.push({ count, ...result });
    await Promise.all([rm(dir, { recursive: true }), rm(distDir, { recursive: true, force: true })]);
  }
  return { pipeline, builds };
}

/** 'met', or 'missed' with why and what would reach it. */
const verdict = (ok: boolean, why = '') => (ok ? 'met' : `**missed**${why ? `: ${why}` : ''}`);

function report(site: Awaited<ReturnType<typeof measureSite>>, scale: Awaited<ReturnType<typeof measureScale>>): string {
  const rows: string[] = [];
  const row = (...cells: (string | number)[]) => rows.push(`| ${cells.join(' | ')} |`);
  rows.push(`# Benchmark results`, '', `Run ${new Date().toISOString()} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`, '');

  rows.push('## Page weight of the release page', '', '| bytes | ko raw | ko gzip | en raw | en gzip |', '| --- | --- | --- | --- | --- |');
  const ko = site.weights.get('ko')!;
  const en = site.weights.get('en')!;
  for (const [label, key] of [['HTML', 'html'], ['CSS', 'css'], ['framework JS', 'frameworkJs'], ['our own JS', 'ownJs'], ['legacy polyfill (noModule, skipped by modern browsers)', 'legacyJs']] as const) {
    row(label, kb(ko[key].raw) + ' KB', kb(ko[key].gzip) + ' KB', kb(en[key].raw) + ' KB', kb(en[key].gzip) + ' KB');
  }
  const htmlCss = Math.max(ko.html.gzip + ko.css.gzip, en.html.gzip + en.css.gzip);
  const ownJs = Math.max(ko.ownJs.gzip, en.ownJs.gzip);

  rows.push('', '## Lighthouse (mobile preset)', '', '| page | performance | accessibility | best practices | SEO |', '| --- | --- | --- | --- | --- |');
  for (const [page, score] of site.scores) row(page, score.performance, score.accessibility, score.bestPractices, score.seo);
  const allScores = [...site.scores.values()].flatMap((score: Scores) => Object.values(score));

  rows.push('', '## Content pipeline (load, validate, render, align; cold process)', '', '| releases | time | per release |', '| --- | --- | --- |');
  for (const { count, ms } of scale.pipeline) row(count, `${ms.toFixed(0)} ms`, `${(ms / count).toFixed(2)} ms`);
  const pipeline1000 = scale.pipeline.find((run) => run.count === 1000)!;

  rows.push(
    '',
    '## `next build` (all pages, share images, downloads and the search index), and the list pages it made',
    '',
    'HTML of page 1 of the list (/ko), of a tag (/ko/tags/suppliers) and of a year (/ko/archive/2020): 20 releases each whatever the newsroom holds.',
    '',
    '| releases | build time | per release | list HTML gzip | tag HTML gzip | archive HTML gzip |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  const gz = (weight?: Weight) => (weight ? `${kb(weight.gzip)} KB` : '–');
  for (const { count, ms, ok, lists } of scale.builds) {
    row(count, ok ? `${seconds(ms)} s` : `did not finish (${seconds(ms)} s)`, ok ? `${(ms / count).toFixed(0)} ms` : '–', gz(lists?.list), gz(lists?.tag), gz(lists?.archive));
  }
  const withSearch = scale.builds.find((run) => run.index && run.search);
  if (withSearch?.index && withSearch.search) {
    const { index, search } = withSearch;
    const total = [index.head, index.terms, index.texts].reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
    rows.push(
      '',
      `## Search, ${withSearch.count} releases`,
      '',
      `The index is split by term into ${index.shards} shards; a query fetches the head, the shards of its terms and the text of the releases it shows (10). Query: ${QUERY} (in every synthetic release: the most a query can fetch). Timing in headless Chromium with Lighthouse's slow 4G (562.5 ms latency, 1.4 Mbps down) and 4× CPU slowdown, empty cache, median of 3.`,
      '',
      '| | raw | gzip |',
      '| --- | --- | --- |',
    );
    row('head (documents, their lengths, titles and dates)', `${kb(index.head.raw)} KB`, `${kb(index.head.gzip)} KB`);
    row(`term shards (all ${index.shards})`, `${kb(index.terms.raw)} KB`, `${kb(index.terms.gzip)} KB`);
    row('release texts (for excerpts, all)', `${kb(index.texts.raw)} KB`, `${kb(index.texts.gzip)} KB`);
    row('**whole index**', `${kb(total.raw)} KB`, `${kb(total.gzip)} KB`);
    row('fetched by one typed query until its first result shows (after the head)', `${kb(search.queryBytes.raw)} KB`, `${kb(search.queryBytes.gzip)} KB`);
    rows.push('', '| time to the first result | median |', '| --- | --- |');
    row('page open, the query typed (pasted whole: from its input event)', `${search.typedMs.toFixed(0)} ms`);
    row('opening a shared /ko/search?q= link (HTML, JS, head, shards, texts)', `${search.coldMs.toFixed(0)} ms`);
  }

  rows.push(
    '',
    '## Serving, side by side (loopback, 50 connections, 10 s each; the load generator shares the cores)',
    '',
    'The plain server is a Node HTTP server handing out the same prerendered bytes from memory: the limit on this machine. Per request `next start` also matches the route, looks the page up in its route cache, merges the headers of next.config.ts and streams the body through a web stream; that is what the ratio costs.',
    '',
    '| target | next start req/s | p50 | p99 | errors | non-2xx | plain req/s | p50 | p99 | ratio |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const { label, next, plain } of site.serving) {
    row(label, next.requestsPerSecond, `${next.p50} ms`, `${next.p99} ms`, next.errors, next.non2xx, plain.requestsPerSecond, `${plain.p50} ms`, `${plain.p99} ms`, (next.requestsPerSecond / plain.requestsPerSecond).toFixed(2));
  }
  const release = site.serving[0]!;

  const largestBuild = [...scale.builds].reverse().find((run) => run.ok);
  // Ten releases fill half a page; from 100 on every page holds its 20.
  const listRuns = scale.builds.filter((run) => run.lists && run.count >= 100);
  const listGrowth = Math.max(
    ...(['list', 'tag', 'archive'] as const).map((name) => listRuns.at(-1)!.lists![name].gzip / listRuns[0]!.lists![name].gzip),
  );
  rows.push('', '## Against the targets', '', '| target | measured | |', '| --- | --- | --- |');
  row('release page HTML+CSS ≤ 30 KB gzip', `${kb(htmlCss)} KB`, verdict(htmlCss <= 30 * 1024));
  row('our own client JS ≤ 5 KB gzip', `${kb(ownJs)} KB`, verdict(ownJs <= 5 * 1024));
  row(
    'Lighthouse 100 on all four categories',
    `lowest ${Math.min(...allScores)}`,
    verdict(Math.min(...allScores) === 100, 'what is left is framework JavaScript on simulated slow 4G'),
  );
  row('content pipeline, 1,000 releases ≤ 3 s', `${seconds(pipeline1000.ms)} s`, verdict(pipeline1000.ms <= 3000));
  row(
    `list, tag and archive HTML the same at ${listRuns[0]?.count} and ${listRuns.at(-1)?.count} releases (within 10%; 10 releases fill half a page)`,
    `largest ratio ${listGrowth.toFixed(2)}`,
    verdict(listGrowth <= 1.1),
  );
  if (withSearch?.search) row('first search result on slow 4G in about a second (typed)', `${withSearch.search.typedMs.toFixed(0)} ms`, verdict(withSearch.search.typedMs <= 1200));
  row(
    '`next build` of 1,000 releases within 10 min',
    largestBuild ? `largest finished: ${largestBuild.count} in ${seconds(largestBuild.ms)} s` : 'none finished',
    verdict(largestBuild?.count === 1000 && largestBuild.ms <= BUILD_LIMIT_MS),
  );
  const ratio = release.next.requestsPerSecond / release.plain.requestsPerSecond;
  row(
    'release page ≥ 0.2 of the plain server, p99 ≤ 50 ms, 0 errors',
    `${ratio.toFixed(2)} of the plain server, p99 ${release.next.p99} ms, ${release.next.errors + release.next.non2xx} errors`,
    verdict(ratio >= 0.2 && release.next.p99 <= 50 && release.next.errors + release.next.non2xx === 0, 'the load generator shares the cores with the server; a CDN in front (see README) serves these static pages without reaching next start'),
  );
  return rows.join('\n') + '\n';
}

const site = await measureSite();
const scale = await measureScale();
const markdown = report(site, scale);
await mkdir('bench', { recursive: true });
await writeFile('bench/results.md', markdown);
console.log(markdown);
