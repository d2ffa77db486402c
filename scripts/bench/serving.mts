import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { SLUG } from '../../tests/seed.ts';
import { loadTest, type Load } from './load.mts';

const PLAIN_PORT = 3201;
const SECONDS = 10;

/** What the serving table measures: a URL of `next start`, and the prerendered file a plain server hands out for it. */
const targets = [
  { label: 'release page (ko)', url: `/ko/releases/${SLUG}`, file: `ko/releases/${SLUG}.html` },
  { label: 'list page (ko)', url: '/ko', file: 'ko.html' },
  { label: 'download (.txt, a route handler)', url: `/downloads/${SLUG}-ko.txt`, file: `downloads/${SLUG}-ko.txt.body` },
  { label: '404 page', url: '/ko/no-such-page', file: '_not-found.html' },
];

export type ServingRow = { label: string; next: Load; plain: Load };

async function startPlainServer(distDir: string): Promise<ChildProcess> {
  const routes = targets.map(({ url, file }) => `${url}=${file}`);
  const server = spawn('node_modules/.bin/tsx', ['scripts/bench/static-server.mts', distDir, String(PLAIN_PORT), ...routes], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(server.stdout!, 'data');
  return server;
}

/**
 * Each target under `next start` and from the plain server, one after the other in the same run
 * (so both meet the same machine): 50 connections for 10 s each.
 */
export async function measureServing(nextOrigin: string, distDir: string, log: (message: string) => void): Promise<ServingRow[]> {
  const plain = await startPlainServer(distDir);
  try {
    const rows: ServingRow[] = [];
    for (const { label, url } of targets) {
      log(`serving ${label}: next start, then the plain server, ${SECONDS} s each`);
      rows.push({ label, next: await loadTest(nextOrigin + url, 50, SECONDS), plain: await loadTest(`http://localhost:${PLAIN_PORT}${url}`, 50, SECONDS) });
    }
    return rows;
  } finally {
    plain.kill();
  }
}
