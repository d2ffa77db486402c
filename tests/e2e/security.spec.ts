import { expect, test } from '@playwright/test';
import { SLUG } from '../seed';

const pages = [
  '/ko',
  '/en',
  `/ko/releases/${SLUG}`,
  `/en/releases/${SLUG}`,
  `/en/releases/${SLUG}/side-by-side`,
  '/en/releases/no-such-release',
];
const files = [
  `/downloads/${SLUG}-ko.txt`,
  `/downloads/${SLUG}-ko-en.docx`,
  '/en/feed.xml',
  '/sitemap.xml',
  `/ko/releases/${SLUG}/opengraph-image`,
];

test.describe('security', { tag: '@desktop' }, () => {
  test('every page, file and error response carries the security headers', async ({ request }) => {
    for (const path of [...pages, ...files]) {
      const headers = (await request.get(path)).headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("base-uri 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/https?:|\*/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
    }
  });

  test('an address with a trailing slash is a 308 to the one without, with the same headers as any page', async ({ request }) => {
    for (const [path, location] of [
      ['/en/', '/en'],
      [`/ko/releases/${SLUG}/`, `/ko/releases/${SLUG}`],
      ['/en/search/?q=LG', '/en/search?q=LG'],
      ['/no/such/page/', '/no/such/page'],
    ] as const) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      const headers = response.headers();
      const target = new URL(headers.location!, 'http://localhost');
      expect(target.pathname + target.search, path).toBe(location);
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['strict-transport-security'], path).toContain('max-age=');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('the policy blocks nothing the site itself needs', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    for (const path of pages) await page.goto(path);
    await page.goto(`/ko/releases/${SLUG}`);
    await page.getByRole('button', { name: '본문 복사' }).click();
    await expect(page.getByRole('region', { name: '다운로드' }).getByRole('status')).toHaveText('본문을 복사했습니다.');
    await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`/en/releases/${SLUG}`);
    expect(violations).toEqual([]);
  });

  test('paths that try to leave their folder are 404s', async ({ request }) => {
    for (const path of ['/ko/releases/..%2F..%2Fpackage.json', '/downloads/..%2Fpackage.json', '/downloads/%2E%2E%2Fcontent%2Freleases']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain('"dependencies"');
    }
  });
});
