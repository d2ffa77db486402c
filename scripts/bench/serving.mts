import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { SLUG } from '../../tests/seed.ts';
import { loadTest, type Load } from './load.mts';

const PLAIN_PORT = 3201;
const NGINX_PORT = 3280;
const NGINX_DIR = '.nginx-bench';
const SECONDS = 10;

/** What the serving table measures. */
const targets = [
  { label: 'release page (ko)', url: `/ko/releases/${SLUG}` },
  { label: 'list page (ko)', url: '/ko' },
  { label: 'download (.pdf, a route handler)', url: `/downloads/${SLUG}-ko.pdf` },
  { label: '404 page', url: '/ko/no-such-page' },
];

export type ServingRow = { label: string; next: Load; nginx: Load; plain: Load };

async function startPlainServer(nextOrigin: string): Promise<ChildProcess> {
  const server = spawn(
    'node_modules/.bin/tsx',
    ['scripts/bench/static-server.mts', nextOrigin, String(PLAIN_PORT), ...targets.map(({ url }) => url)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await once(server.stdout!, 'data');
  return server;
}

/** nginx with deploy/nginx.conf (npm run serve:nginx) in front of `next start`, its cache empty. */
async function startNginx(nextOrigin: string, distDir: string): Promise<ChildProcess> {
  await rm(NGINX_DIR, { recursive: true, force: true });
  const env = {
    ...process.env,
    ORIGIN: nextOrigin.replace('localhost', '127.0.0.1'),
    NGINX_PORT: String(NGINX_PORT),
    NGINX_DIR,
    NEXT_DIST_DIR: distDir,
  };
  const nginx = spawn('node_modules/.bin/tsx', ['scripts/deploy/serve-nginx.mts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let attempt = 0; attempt < 50; attempt++) {
    if (
      await fetch(`http://127.0.0.1:${NGINX_PORT}/ko`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return nginx;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('nginx did not answer');
}

async function stopNginx(nginx: ChildProcess) {
  nginx.kill('SIGTERM');
  spawnSync('node_modules/.bin/tsx', ['scripts/deploy/serve-nginx.mts', 'stop'], { env: { ...process.env, NGINX_DIR }, stdio: 'ignore' });
  await rm(NGINX_DIR, { recursive: true, force: true });
}

/**
 * Each target under `next start`, through nginx in front of it (after one request has filled
 * its cache), and from the plain server, one after the other in the same run (so all meet the
 * same machine): 50 connections for 10 s each.
 */
export async function measureServing(nextOrigin: string, distDir: string, log: (message: string) => void): Promise<ServingRow[]> {
  const plain = await startPlainServer(nextOrigin);
  const nginx = await startNginx(nextOrigin, distDir);
  try {
    const rows: ServingRow[] = [];
    for (const { label, url } of targets) {
      log(`serving ${label}: next start, nginx, then the plain server, ${SECONDS} s each`);
      await fetch(`http://127.0.0.1:${NGINX_PORT}${url}`).then((response) => response.arrayBuffer());
      rows.push({
        label,
        next: await loadTest(nextOrigin + url, 50, SECONDS),
        nginx: await loadTest(`http://127.0.0.1:${NGINX_PORT}${url}`, 50, SECONDS),
        plain: await loadTest(`http://localhost:${PLAIN_PORT}${url}`, 50, SECONDS),
      });
    }
    return rows;
  } finally {
    plain.kill();
    await stopNginx(nginx);
  }
}
