// Publishing at newsroom scale: a cold build, content:check with the build's cache, a build
// after one release is corrected (the cache kept, as a CI keeps .next/cache), and the first and
// second request of an old release's page and files, which the build did not render ahead.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { listWeights, type Weight } from './list-weight.mts';
import { indexSize, searchTiming, type IndexSize, type SearchTiming } from './search.mts';
import { startServer, stopServer } from './server.mts';
import { correctRelease, syntheticContent, syntheticSlug } from './synthetic-content.mts';

/** A build past this is stopped: its row says so. */
const BUILD_STOP_MS = 30 * 60 * 1000;
const PORT = 3201;
const ORIGIN = `http://localhost:${PORT}`;

export type Timed = { ms: number; ok: boolean };
/** First and second request of one address: the first renders, the second comes from the cache. */
export type Requests = { first: number; second: number; status: number; bytes: number };
export type PublishingRun = {
  count: number;
  cold: Timed;
  check?: Timed;
  corrected?: Timed;
  /** `startPage`: the first old page a server just started renders; the others come after it. */
  requests?: { startPage: Requests; oldPage: Requests; newPage: Requests; oldPdf: Requests; oldKit: Requests };
  lists?: Record<'list' | 'tag' | 'archive', Weight>;
  index?: IndexSize;
  search?: SearchTiming;
};

function timed(command: string, args: string[], env: Record<string, string>, cwd: string): Timed {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'ignore', timeout: BUILD_STOP_MS });
  return { ms: performance.now() - start, ok: result.status === 0 };
}

async function twice(url: string): Promise<Requests> {
  const once = async () => {
    const start = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
  };
  const first = await once();
  const second = await once();
  return { first: first.ms, second: second.ms, status: second.status, bytes: second.bytes };
}

/** Publishing `count` releases with the checkout in `cwd` (this one, or an earlier commit's for comparison). */
export async function measurePublishing(
  count: number,
  log: (message: string) => void,
  { search, cwd = '.' }: { search: boolean; cwd?: string },
): Promise<PublishingRun> {
  const dir = await syntheticContent(count);
  const distDir = `.next-bench-${count}`;
  const env = { CONTENT_DIR: dir, NEXT_DIST_DIR: distDir };
  await rm(path.join(cwd, distDir), { recursive: true, force: true });
  try {
    log(`${count} releases: cold build (no cache)`);
    const cold = timed('node_modules/.bin/next', ['build'], env, cwd);
    if (!cold.ok) return { count, cold };
    log(`${count} releases: content:check with the build's cache`);
    const check = timed('node_modules/.bin/tsx', ['scripts/content/check.mts'], env, cwd);
    // The newest release is corrected: it is rendered ahead, so its pages and files are made again.
    await correctRelease(dir, count - 1);
    log(`${count} releases: build after one correction (cache kept)`);
    const corrected = timed('node_modules/.bin/next', ['build'], env, cwd);
    if (!corrected.ok) return { count, cold, check, corrected };
    const server = await startServer(PORT, distDir, cwd);
    try {
      const old = syntheticSlug(1);
      const requests = {
        startPage: await twice(`${ORIGIN}/ko/releases/${syntheticSlug(0)}`),
        oldPage: await twice(`${ORIGIN}/ko/releases/${old}`),
        newPage: await twice(`${ORIGIN}/ko/releases/${syntheticSlug(count - 1)}`),
        oldPdf: await twice(`${ORIGIN}/downloads/${old}-ko.pdf`),
        oldKit: await twice(`${ORIGIN}/downloads/${old}-press-kit.zip`),
      };
      const lists = await listWeights(ORIGIN);
      if (!search) return { count, cold, check, corrected, requests, lists };
      log(`${count} releases: search index size, and the first result on throttled Chromium`);
      // A sample of the release texts: each is made on its first request.
      const sample = Array.from({ length: 100 }, (_, index) => syntheticSlug(Math.floor((index * count) / 100)));
      return { count, cold, check, corrected, requests, lists, index: await indexSize(ORIGIN, sample), search: await searchTiming(ORIGIN) };
    } finally {
      await stopServer(server);
    }
  } finally {
    await Promise.all([
      rm(dir, { recursive: true }),
      rm(path.join(cwd, distDir), { recursive: true, force: true }),
      rm(path.join(cwd, `${distDir}.tsconfig.json`), { force: true }),
    ]);
  }
}
