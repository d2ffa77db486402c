import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { curl } from './curl';

// nginx with deploy/nginx.conf (npm run serve:nginx) in front of the production build of the
// 48-release newsroom (port 3102); a deploy then moves it to the same newsroom built after a
// correction of release-48 (port 3103), as a deploy that restarts the origin would.

const NGINX_PORT = 3180;
const NGINX_DIR = '.nginx-test';
const nginx = `http://127.0.0.1:${NGINX_PORT}`;
const before = { ORIGIN: 'http://127.0.0.1:3102', NEXT_DIST_DIR: '.next-newsroom' };
const after = { ORIGIN: 'http://127.0.0.1:3103', NEXT_DIST_DIR: '.next-newsroom-corrected' };
let server: ChildProcess;

const serveNginx = (env: Record<string, string>, ...args: string[]) => ({
  env: { ...process.env, NGINX_PORT: String(NGINX_PORT), NGINX_DIR, ...env },
  args: ['scripts/deploy/serve-nginx.mts', ...args],
});
const tsx = 'node_modules/.bin/tsx';

async function answering(request: APIRequestContext) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (
      await request.get(`${nginx}/ko`).then(
        (response) => response.ok(),
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('nginx did not answer');
}

test.describe.configure({ mode: 'serial' });

test.describe('nginx in front of next start', { tag: '@desktop' }, () => {
  test.beforeAll(async ({ request }) => {
    await rm(NGINX_DIR, { recursive: true, force: true });
    const { env, args } = serveNginx(before);
    server = spawn(tsx, args, { env, stdio: 'inherit' });
    await answering(request);
  });

  test.afterAll(async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    // Whatever became of the script, nginx itself stops: the next run must find the port free.
    const { env, args } = serveNginx({}, 'stop');
    spawnSync(tsx, args, { env, stdio: 'ignore' });
    await rm(NGINX_DIR, { recursive: true, force: true });
  });

  test('keeps what the origin says may be kept: the second request is a hit', async ({ request }) => {
    for (const path of ['/ko/releases/release-47', '/en/page/2', '/downloads/release-47-ko.pdf', '/ko/releases/release-03']) {
      const first = await request.get(nginx + path);
      expect(first.status(), path).toBe(200);
      expect(first.headers()['x-cache-status'], path).toMatch(/^(MISS|HIT)$/);
      const second = await request.get(nginx + path);
      expect(second.headers()['x-cache-status'], path).toBe('HIT');
      expect(await second.body(), path).toEqual(await first.body());
      // Once, from nginx: the origin's copies are hidden.
      expect(
        second.headersArray().filter((header) => header.name.toLowerCase() === 'content-security-policy'),
        path,
      ).toHaveLength(1);
    }
  });

  test('never keeps the language redirects, which are each reader’s own', async ({ request }) => {
    for (const [language, location] of [
      ['en', '/en'],
      ['ko', '/ko'],
      ['en', '/en'],
    ]) {
      const response = await request.get(`${nginx}/`, { headers: { 'Accept-Language': language! }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers()['location']).toBe(location);
      expect(response.headers()['x-cache-status'] ?? '').not.toBe('HIT');
    }
    const permalink = await request.get(`${nginx}/releases/release-47`, { headers: { 'Accept-Language': 'en' }, maxRedirects: 0 });
    expect(permalink.headers()['location']).toBe('/en/releases/release-47');
  });

  test('serves a range of a download', async ({ request }) => {
    const whole = await (await request.get(`${nginx}/downloads/release-46-press-kit.zip`)).body();
    const part = await request.get(`${nginx}/downloads/release-46-press-kit.zip`, { headers: { Range: 'bytes=100-199' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toBe(`bytes 100-199/${whole.byteLength}`);
    expect(await part.body()).toEqual(whole.subarray(100, 200));
  });

  // One test a file: 9 requests each, which together ran past 10 s on a busy machine.
  for (const ending of ['ko.txt', 'en.txt', 'ko.md', 'en.md', 'ko.docx', 'ko-en.txt', 'ko-en.pdf', 'press-kit.zip']) {
    const name = `release-44-${ending}`;
    test(`${name} arrives whole, whatever encoding the reader accepts, on a miss and on a hit`, async () => {
      const origin = curl(`${before.ORIGIN}/downloads/${name}`);
      expect(origin.status, name).toBe(200);
      for (const encoding of ['gzip', 'br', 'gzip, deflate, br, zstd', undefined]) {
        for (const visit of ['first', 'second']) {
          const through = curl(`${nginx}/downloads/${name}`, ...(encoding ? ['-H', `Accept-Encoding: ${encoding}`] : []));
          const what = `${name} (${encoding ?? 'no Accept-Encoding'}, ${visit})`;
          expect(through.exitCode, `${what}: curl gave up`).toBe(0);
          expect(through.status, what).toBe(200);
          expect(through.headers['content-encoding'], what).toBeUndefined();
          expect(through.body.equals(origin.body), what).toBe(true);
          if (visit === 'second') expect(through.headers['x-cache-status'], what).toBe('HIT');
        }
      }
    });
  }

  test('keys its cache on what changes the answer: not a tracking parameter, not the spelling of Accept-Encoding', async () => {
    curl(`${nginx}/en/page/2?utm_source=first`);
    for (const query of ['utm_source=second', 'utm_campaign=x&ref=y', '']) {
      expect(curl(`${nginx}/en/page/2${query && `?${query}`}`).headers['x-cache-status'], query).toBe('HIT');
    }
    curl(`${nginx}/ko/page/2`, '-H', 'Accept-Encoding: gzip, deflate');
    for (const encoding of ['deflate, gzip', 'gzip', 'br, gzip;q=0.8, zstd']) {
      const response = curl(`${nginx}/ko/page/2`, '-H', `Accept-Encoding: ${encoding}`);
      expect(response.headers['x-cache-status'], encoding).toBe('HIT');
      expect(response.headers['content-encoding'], encoding).toBe('gzip');
    }
    // A reader that takes no gzip gets the page plain, from its own entry.
    const plain = curl(`${nginx}/ko/page/2`, '-H', 'Accept-Encoding: gzip;q=0, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<html');
  });

  test('an RSC request without its _rsc is redirected, never cached as the page', async () => {
    const rsc = curl(`${nginx}/en/page/2`, '-H', 'RSC: 1');
    expect(rsc.status).toBe(307);
    expect(rsc.headers['x-cache-status'] ?? '').not.toBe('HIT');
    const page = curl(`${nginx}/en/page/2`);
    expect(page.headers['content-type']).toContain('text/html');
  });

  test('a 3,000-character address is the origin’s 404, not a 502', async () => {
    for (const path of [`/ko/releases/${'a'.repeat(3000)}`, `/downloads/${'-'.repeat(3000)}`]) {
      expect(curl(nginx + path).status, path.slice(0, 20)).toBe(404);
    }
  });

  test('answers other methods with 405 and a malformed path with 400, with the security headers', async ({ request }) => {
    for (const method of ['TRACE', 'DELETE', 'PUT', 'OPTIONS']) {
      const response = await request.fetch(`${nginx}/ko`, { method });
      expect(response.status(), method).toBe(405);
      expect(response.headers()['allow'], method).toBe('GET, HEAD');
      expect(response.headers()['content-security-policy'], method).toContain("default-src 'self'");
      expect(response.headers()['x-content-type-options'], method).toBe('nosniff');
    }
    expect((await request.get(`${nginx}/ko`)).headers()['allow'], 'GET').toBeUndefined();
    // Sent raw: a client library would escape the %.
    const raw = spawnSync('curl', ['-s', '-o', '/dev/null', '-D', '-', `${nginx}/ko/%zz%`], { encoding: 'utf8' }).stdout;
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/content-security-policy: default-src 'self'/i);
    // An escape nginx can read but that decodes to no text goes on to the origin: its 404, not a 500.
    const undecodable = curl(`${nginx}/ko/releases/%E0%A4`);
    expect(undecodable.status).toBe(404);
    expect(undecodable.headers['content-security-policy']).toContain("default-src 'self'");
  });

  test('a deploy makes it forget: the corrected release is served fresh', async ({ request }) => {
    // release-48 is Korean only (every sixth release is).
    const page = `${nginx}/ko/releases/release-48`;
    await request.get(page);
    const cached = await request.get(page);
    expect(cached.headers()['x-cache-status']).toBe('HIT');
    expect(await cached.text()).not.toContain('이 문단은 바로잡았습니다.');

    const { env, args } = serveNginx(after, 'reload');
    expect(spawnSync(tsx, args, { env, stdio: 'inherit' }).status).toBe(0);
    // Workers finish what they serve, then the new configuration answers. An old worker closes its
    // kept-alive connections as it goes: a request that meets one is reset, and asked again.
    await expect
      .poll(async () => (await request.get(page).catch(() => undefined))?.text() ?? '', { timeout: 10_000 })
      .toContain('이 문단은 바로잡았습니다.');
    const again = await request.get(page);
    expect(again.headers()['x-cache-status']).toBe('HIT');
    expect(await again.text()).toContain('이 문단은 바로잡았습니다.');
  });
});
