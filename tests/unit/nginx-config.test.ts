import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// nginx drops every proxy_set_header of the server block in a location that sets one of its own:
// /downloads/ once set Range and so sent the origin no Host and no X-Forwarded-*.
describe('deploy/nginx.conf', () => {
  it('sets the headers it sends the origin once, for every location', async () => {
    const config = await readFile('deploy/nginx.conf', 'utf8');
    // A block ends at the brace under its `location`: a brace inside it ("{{DEPLOY_ID}}") does not end it.
    const locations = [...config.matchAll(/^( *)location [^{\n]+\{\n([\s\S]*?)^\1\}/gm)].map((match) => match[2]!);
    expect(locations.length).toBeGreaterThan(2);
    for (const body of locations) {
      expect(body).toMatch(/proxy_pass/);
      expect(body).not.toMatch(/proxy_set_header/);
    }
    for (const header of ['Host', 'X-Forwarded-For', 'X-Forwarded-Proto', 'Range', 'Accept-Encoding'])
      expect(config).toMatch(new RegExp(`^    proxy_set_header ${header} `, 'm'));
  });

  // A mktemp -d is root's alone: nginx's workers (nobody) could open no cache file in it.
  it.runIf(process.getuid?.() === 0)(
    'is not started by root in a folder its workers may not enter: one line says so',
    { timeout: 30_000 },
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'nginx-'));
      const run = spawnSync('node_modules/.bin/tsx', ['scripts/deploy/serve-nginx.mts'], {
        env: { ...process.env, NGINX_DIR: path.join(dir, 'nginx'), DEPLOY_ID: 'test', NGINX_PORT: '3189' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toEqual([
        `nginx's workers run as nobody and may not enter ${dir} (mode 700): choose an NGINX_DIR they may enter, or run as another user`,
      ]);
      await rm(dir, { recursive: true });
    },
  );
});
