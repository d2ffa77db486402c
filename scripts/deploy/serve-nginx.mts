// `npm run serve:nginx [-- reload|stop]`: nginx with deploy/nginx.conf in front of a `next start` that
// is already running, in the foreground; `stop` ends it. ORIGIN names the origin (default
// http://127.0.0.1:3000), or several, separated by commas or spaces: `next start` processes of one
// build, each request to one of them (README, "Several origins"). NGINX_PORT the port nginx listens on
// (default 8080), NGINX_DIR the folder of its pid, logs, temporary files and cache (default .nginx,
// which git and the build ignore). The cache key begins with DEPLOY_ID, by default the build id of
// NEXT_DIST_DIR (.next): after a deploy, `npm run serve:nginx -- reload` renders the configuration
// again with the new id and reloads nginx, which then forgets every page and file of the old build.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import { securityHeaders } from '@/lib/security-headers';

const command = process.argv[2];
const prefix = path.resolve(process.env.NGINX_DIR ?? '.nginx');
const config = path.join(prefix, 'nginx.conf');
const nginx = (...args: string[]) => ['-p', `${prefix}/`, '-c', config, ...args];

if (command === 'stop') {
  // Lets workers finish what they serve; a missing nginx is already stopped.
  spawnSync('nginx', nginx('-s', 'quit'), { stdio: 'ignore' });
  process.exit(0);
}

const origins = (process.env.ORIGIN ?? 'http://127.0.0.1:3000')
  .split(/[\s,]+/)
  .filter(Boolean)
  .map((address) => new URL(address));
const port = process.env.NGINX_PORT ?? '8080';
const deployId = process.env.DEPLOY_ID ?? (await readFile(path.join(env.distDir(), 'BUILD_ID'), 'utf8')).trim();

for (const origin of origins) if (origin.protocol !== 'http:') throw new Error(`ORIGIN must be http:// addresses (got ${origin.href})`);
if (!/^\d+$/.test(port)) throw new Error(`NGINX_PORT must be a port number (got ${port})`);
if (!/^[\w.-]+$/.test(deployId)) throw new Error(`DEPLOY_ID must be letters, digits, dots, hyphens or underscores (got ${deployId})`);

// The values of lib/security-headers.ts, nginx's own for every response: the origin's copies are hidden, so none is sent twice.
const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
// A preview's Referrer-Policy is its own (deploy/nginx.conf, $referrer_policy).
const headerValue = ({ key, value }: { key: string; value: string }) => (key === 'Referrer-Policy' ? '$referrer_policy' : quoted(value));
const headerLines = securityHeaders
  .flatMap((header) => [`    proxy_hide_header ${header.key};`, `    add_header ${header.key} ${headerValue(header)} always;`])
  .join('\n');
const referrerPolicy = securityHeaders.find(({ key }) => key === 'Referrer-Policy')!.value;

/**
 * Started by root, nginx's workers run as `nobody`: in a folder only root may enter (a `mktemp -d`)
 * they could open no cache file, and every cached page would be a 500. Said before starting.
 */
async function checkWorkersCanEnter(folder: string) {
  if (process.getuid?.() !== 0) return;
  for (let dir = folder; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if (mode & constants.S_IXOTH) continue;
    console.error(
      `nginx's workers run as nobody and may not enter ${dir} (mode ${(mode & 0o777).toString(8)}): choose an ` +
        `NGINX_DIR they may enter, or run as another user`,
    );
    process.exit(1);
  }
}

const template = await readFile('deploy/nginx.conf', 'utf8');
const rendered = template
  .replace('{{ORIGIN_SERVERS}}', origins.map((origin) => `    server ${origin.hostname}:${origin.port || '80'};`).join('\n'))
  .replace('{{NGINX_PORT}}', port)
  .replace('{{DEPLOY_ID}}', deployId)
  .replace('{{SECURITY_HEADERS}}', headerLines)
  .replace('{{REFERRER_POLICY}}', quoted(referrerPolicy));
await Promise.all(['logs', 'temp', 'cache'].map((folder) => mkdir(path.join(prefix, folder), { recursive: true })));
await checkWorkersCanEnter(prefix);
await writeFile(config, rendered);

const check = spawnSync('nginx', nginx('-t', '-q'), { stdio: 'inherit' });
if (check.status !== 0) throw new Error('nginx refused the configuration (see above)');

if (command === 'reload') {
  const reload = spawnSync('nginx', nginx('-s', 'reload'), { stdio: 'inherit' });
  if (reload.status !== 0) throw new Error('nginx did not reload: is it running with this NGINX_DIR?');
  console.log(`nginx reloaded: cache keys now begin with ${deployId}`);
} else {
  console.log(
    `nginx on http://localhost:${port} in front of ${origins.map((origin) => origin.origin).join(', ')} (deploy ` +
      `${deployId}); cache and logs in ${prefix}`,
  );
  const child = spawn('nginx', nginx('-g', 'daemon off;'), { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal === 'SIGINT' ? 'SIGQUIT' : 'SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
