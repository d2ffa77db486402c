import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SLUG } from '../seed';

// What the origin server sends, as a CDN in front of it would see it.
test.describe('origin responses a CDN can keep', { tag: '@desktop' }, () => {
  const pages = [
    '/ko',
    '/en',
    `/ko/releases/${SLUG}`,
    `/en/releases/${SLUG}`,
    `/en/releases/${SLUG}/side-by-side`,
    '/ko/feed.xml',
    `/downloads/${SLUG}-ko.txt`,
    '/en/no-such-page',
  ];

  test('no page sets a cookie or carries a Link header built from the request', async ({ request }) => {
    for (const page of pages) {
      const response = await request.get(page, { headers: { 'X-Forwarded-Host': 'attacker.example', 'Accept-Language': 'en' } });
      expect(response.headers()['set-cookie'], page).toBeUndefined();
      expect(response.headers()['link'], page).toBeUndefined();
      expect(await response.text(), page).not.toContain('attacker.example');
    }
  });

  test('what the build makes is kept by a cache until the next deploy, as the README says', async ({ request }) => {
    for (const path of [`/ko/releases/${SLUG}/opengraph-image`, '/sitemap.xml', '/robots.txt', '/icon.svg']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['cache-control'], path).toBe('public, max-age=0, s-maxage=31536000, must-revalidate');
    }
  });

  test('the web font is kept for good under names from its content, and an unknown name is a 404 no cache keeps', async ({ request }) => {
    // The slices' faces are in the site's stylesheet.
    const html = await (await request.get(`/ko/releases/${SLUG}`)).text();
    const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await (await request.get(stylesheet!)).text();
    const slices = [...css.matchAll(/url\((\/fonts\/pretendard-[0-9a-f]{16}\.woff2)\)/g)].map((match) => match[1]!);
    expect(new Set(slices).size).toBeGreaterThan(10);
    const slice = await request.get(slices[0]!);
    expect(slice.headers()).toMatchObject({ 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable' });
    expect((await slice.body()).subarray(0, 4).toString('latin1')).toBe('wOF2');
    for (const unknown of [
      '/fonts/pretendard-0000000000000000.woff2',
      '/fonts/manifest.json',
      '/fonts/faces.css',
      '/fonts/..%2Fcontent-index.json',
      '/fonts/x/y',
    ]) {
      const response = await request.get(unknown);
      expect(response.status(), unknown).toBe(404);
      expect(response.headers()['cache-control'], unknown).toMatch(/no-store|no-cache/);
    }
  });

  test('Next’s image optimizer is off: /_next/image is a 404 whatever it is asked', async ({ request }) => {
    for (const query of [
      'url=%2Ficon.svg&w=3840&q=75',
      'url=%2Fapple-touch-icon.png&w=64&q=75',
      'url=%2Fapple-touch-icon.png&w=64&q=75&extra=1',
    ]) {
      expect((await request.get(`/_next/image?${query}`)).status(), query).toBe(404);
    }
  });

  test('the redirects that choose a language are the reader’s own: never kept by a shared cache', async ({ request }) => {
    for (const path of ['/', `/releases/${SLUG}`]) {
      const response = await request.get(path, { headers: { 'Accept-Language': 'en' }, maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers()['cache-control'], path).toBe('private, no-store');
      expect(response.headers()['vary'], path).toMatch(/Cookie/);
      expect(response.headers()['vary'], path).toMatch(/Accept-Language/);
    }
  });

  test('a 10 KB Accept-Language of 1,300 tags is still answered with a redirect', async ({ request }) => {
    // 1,300 distinct well-formed three-letter language tags.
    const tag = (index: number) => [676, 26, 1].map((unit) => String.fromCharCode(97 + (Math.floor(index / unit) % 26))).join('');
    const hostile = Array.from({ length: 1300 }, (_, index) => `${tag(index + 1000)};q=0.${index % 10}`).join(',');
    const response = await request.get('/', { headers: { 'Accept-Language': `en,${hostile}` }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toBe('/en');
  });

  test('downloads answer a conditional request that still matches with 304, with their validators', async ({ request }) => {
    const url = `/downloads/${SLUG}-en.docx`;
    const first = await request.get(url);
    const { etag, 'last-modified': lastModified } = first.headers();
    // From the release's content, not the build: a file that did not change keeps it across deploys.
    expect(etag).toMatch(/^"[0-9a-f]{20}-en\.docx"$/);
    expect(lastModified).toBe('Tue, 20 Sep 2022 15:00:00 GMT');
    const matched = await request.get(url, { headers: { 'If-None-Match': etag! } });
    expect(matched.status()).toBe(304);
    expect(matched.headers()['etag']).toBe(etag);
    expect((await request.get(url, { headers: { 'If-Modified-Since': lastModified! } })).status()).toBe(304);
    expect((await request.get(url, { headers: { 'If-None-Match': '"older"' } })).status()).toBe(200);
    expect((await request.get(url, { headers: { 'If-Modified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' } })).status()).toBe(200);
    // A date in the future proves nothing about the copy the reader has.
    expect((await request.get(url, { headers: { 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' } })).status()).toBe(200);
  });

  test('a file that does not exist is the site’s 404 page, which no cache keeps', async ({ request }) => {
    for (const address of ['/downloads/no-such-release-ko.pdf', `/media/${SLUG}/no-such-image.webp`]) {
      const response = await request.get(address);
      expect([response.status(), response.headers()['content-type'], response.headers()['cache-control']], address).toEqual([
        404,
        'text/html; charset=utf-8',
        'no-store',
      ]);
      expect(await response.text(), address).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    }
  });

  test('no validator answers 304 for a file that does not exist', async ({ request }) => {
    const etag = (await request.get(`/downloads/${SLUG}-en.docx`)).headers()['etag']!;
    for (const name of [`${SLUG}-fr.docx`, 'no-such-release-ko.pdf', 'x']) {
      const conditions: Record<string, string>[] = [
        { 'If-None-Match': '*' },
        { 'If-None-Match': etag },
        { 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' },
        { 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT' },
      ];
      for (const headers of conditions) {
        expect((await request.get(`/downloads/${name}`, { headers })).status(), `${name} ${JSON.stringify(headers)}`).toBe(404);
        expect((await request.get(`/media/${SLUG}/${name}`, { headers })).status(), `media ${name} ${JSON.stringify(headers)}`).toBe(404);
      }
    }
  });
});

test.describe('unknown paths', { tag: '@desktop' }, () => {
  test('are answered by the static 404, and no request leaves anything on disk', async ({ request }) => {
    const marker = `probe-${Date.now().toString(36)}`;
    for (const known of ['/ko', `/en/releases/${SLUG}`, `/downloads/${SLUG}-ko.md`]) expect((await request.get(known)).status()).toBe(200);
    const paths = [`/${marker}.y`, `/.${marker}`, `/en/${marker}.y`, `/ko/${marker}/a/b`, `/en/releases/${marker}`, `/${marker}`];
    for (const unknown of paths) {
      const response = await request.get(unknown);
      expect(response.status(), unknown).toBe(404);
      expect(response.headers()['content-security-policy'], unknown).toContain("default-src 'self'");
    }
    const files = await readdir(path.resolve('.next/server'), { recursive: true });
    expect(files.filter((file) => file.includes(marker))).toEqual([]);
    expect(files.filter((file) => file.startsWith('route-cache'))).toEqual([]);
  });

  test('the bench’s floor pages exist only in the bench’s build: here /bench-floor and /bench-floor-ko are the 404', async ({
    request,
  }) => {
    const floor = await request.get('/bench-floor');
    expect(floor.status()).toBe(404);
    expect(await floor.text()).not.toContain('<h1>Floor</h1>');
    const textFloor = await request.get('/bench-floor-ko');
    expect(textFloor.status()).toBe(404);
    expect(await textFloor.text()).not.toContain('release-body');
  });

  test('/favicon.ico and /apple-touch-icon.png are the site icon, for what asks the root for them directly', async ({ request }) => {
    const sharp = (await import('sharp')).default;
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const touch = await request.get('/apple-touch-icon.png');
    expect(touch.headers()['content-type']).toBe('image/png');
    expect(await sharp(await touch.body()).metadata()).toMatchObject({ width: 180, height: 180, format: 'png' });
  });

  test('an escape that decodes to no text is the static 404 wherever it stands, never a 500, with the security headers', async ({
    request,
  }) => {
    // Next's router fails with a bare 500 on such an escape in a dynamic segment (vercel/next.js#92527):
    // a truncated link, a lone %, a byte that is no UTF-8, under every kind of route.
    const escapes = ['%E0%A4%A', '%A0', '%E0%A4', '%', '%zz', 'a%2'];
    const routes = ['/ko/releases/', '/en/releases/', `/en/releases/${SLUG}/`, '/ko/tags/', '/en/archive/', '/ko/page/', '/', '/ko/'];
    const files = ['/downloads/', `/media/${SLUG}/`, '/fonts/', '/search-index/1/', '/releases/'];
    for (const at of [...routes, ...files]) {
      for (const escape of escapes) {
        const response = await request.get(`${at}${escape}`);
        expect(response.status(), `${at}${escape}`).toBe(404);
        expect(response.headers()['content-security-policy'], `${at}${escape}`).toContain("default-src 'self'");
        expect(response.headers()['x-content-type-options']).toBe('nosniff');
      }
    }
    // An escape of a letter or a hyphen names the same page; one of Korean names none here.
    expect((await request.get(`/ko/releases/lg%2D${SLUG.slice(3)}`)).status()).toBe(200);
    expect((await request.get(`/downloads/%6C${SLUG.slice(1)}-ko.md`)).status()).toBe(200);
    expect((await request.get('/ko/tags/%EB%8F%99%EB%B0%98')).status()).toBe(404);
  });

  test('a call of a Server Action gets a 400 with the security headers: the site has none', async ({ request }) => {
    // Next looked each up and answered 400, 404 or 409, logging a stack for every one: a stranger could fill the log.
    const calls = [
      { headers: { 'Next-Action': '7f' + '0'.repeat(40) }, data: '[]' },
      { headers: { 'Next-Action': 'not-an-id' }, data: '[]' },
      { multipart: { $ACTION_ID_7f00: '' } },
    ];
    for (const at of ['/ko', `/en/releases/${SLUG}`, `/downloads/${SLUG}-ko.txt`])
      for (const call of calls) {
        const response = await request.post(at, call);
        expect(response.status(), `${at} ${JSON.stringify(call)}`).toBe(400);
        expect(response.headers()['content-security-policy'], at).toContain("default-src 'self'");
        expect(await response.text()).toBe('This site has no Server Actions.');
      }
    // A form post that names no action is not one: the page, as before.
    expect((await request.post('/ko', { form: { q: 'x' } })).status()).toBe(200);
  });

  test('TRACE gets a 4xx or the page, never a 500, and keeps the security headers', async ({ request }) => {
    const trace = await request.fetch('/ko', { method: 'TRACE' });
    expect(trace.status()).toBeLessThan(500);
    expect(trace.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

test.describe('the 404 page speaks the language of the path', () => {
  for (const [unknown, locale, heading, other, otherHref] of [
    ['/en/x.y', 'en', 'Page not found', '한국어', '/ko'],
    ['/ko/no-such-page', 'ko', '페이지를 찾을 수 없습니다', 'English', '/en'],
    ['/x.y', 'ko', '페이지를 찾을 수 없습니다', 'English', '/en'],
  ] as const) {
    test(`${unknown} is a ${locale} 404 whose language link goes to ${otherHref}`, async ({ page }) => {
      const response = await page.goto(unknown);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('banner').getByRole('link', { name: other })).toHaveAttribute('href', otherHref);
    });
  }

  test('without script the reader sees both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/x.y');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['페이지를 찾을 수 없습니다', 'Page not found']);
    await context.close();
  });
});
