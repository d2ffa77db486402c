import { expect, test } from '@playwright/test';

// The 48-release newsroom is built with PRERENDERED_RELEASES=10: release-39 to release-48 are
// rendered at build time, release-01 to release-38 on their first request.

test.describe('a release the build did not render ahead', { tag: '@desktop' }, () => {
  test('answers its page, side-by-side view and share image, then from the cache', async ({ page, request }) => {
    const response = await page.goto('/ko/releases/release-02');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('보도자료 02호');
    await expect(page.locator('#p-1')).toContainText('2021년 2월의 02번째 소식입니다.');
    expect(response?.headers()['set-cookie']).toBeUndefined();
    // Next's render cache: rendered once, then served from memory.
    expect((await request.get('/ko/releases/release-02')).headers()['x-nextjs-cache']).toBe('HIT');

    const sideBySide = await request.get('/en/releases/release-02/side-by-side');
    expect(sideBySide.status()).toBe(200);
    expect(await sideBySide.text()).toContain('News number 02, from 2021.');
    const image = await request.get('/en/releases/release-02/opengraph-image');
    expect(image.headers()['content-type']).toBe('image/png');
  });

  test('answers every download, the press kit included, with a content ETag and 304 for it', async ({ request }) => {
    const pdf = await request.get('/downloads/release-03-ko-en.pdf');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const kit = await request.get('/downloads/release-03-press-kit.zip');
    expect(kit.status()).toBe(200);
    expect((await kit.body()).subarray(0, 2).toString()).toBe('PK');
    const etag = kit.headers()['etag']!;
    expect(etag).toMatch(/^"[0-9a-f]{20}-press-kit\.zip"$/);
    const again = await request.get('/downloads/release-03-press-kit.zip', { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()['etag']).toBe(etag);
  });

  test('is a 404 for an unknown slug or file, in every view', async ({ request }) => {
    for (const path of [
      '/ko/releases/release-99',
      '/en/releases/release-99/side-by-side',
      '/ko/releases/release-99/opengraph-image',
      '/downloads/release-99-ko.pdf',
      '/downloads/release-02-fr.pdf',
      '/ko/page/4',
      '/ko/archive/02021',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('an unknown slug gets the 404 page in the site’s header, in the path’s language', async ({ page }) => {
    const response = await page.goto('/en/releases/release-99');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle(/^Page not found \| Example Corp Example Newsroom$/);
    await expect(page.getByRole('banner').getByRole('link', { name: /Example Newsroom/ })).toHaveAttribute('href', '/en');
  });
});
