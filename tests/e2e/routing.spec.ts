import { expect, test } from '@playwright/test';
import { SLUG } from '../seed';

const redirectOf = async (request: import('@playwright/test').APIRequestContext, url: string, headers: Record<string, string>) => {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  return { status: response.status(), location: response.headers()['location'] };
};

test.describe('redirects by reader language', { tag: '@desktop' }, () => {
  test('/ follows Accept-Language', async ({ request }) => {
    expect(await redirectOf(request, '/', { 'Accept-Language': 'en-GB,en;q=0.9' })).toEqual({ status: 307, location: '/en' });
    expect(await redirectOf(request, '/', { 'Accept-Language': 'ko-KR,ko;q=0.9,en;q=0.8' })).toEqual({ status: 307, location: '/ko' });
    // A regional English first is English, though Korean, matched exactly, follows it.
    expect(await redirectOf(request, '/', { 'Accept-Language': 'en-GB, ko;q=0.5' })).toEqual({ status: 307, location: '/en' });
  });

  test('/ prefers the language cookie over Accept-Language', async ({ request }) => {
    expect(await redirectOf(request, '/', { 'Accept-Language': 'ko-KR', Cookie: 'NEXT_LOCALE=en' })).toEqual({
      status: 307,
      location: '/en',
    });
  });

  test('/ falls back to Korean for other languages', async ({ request }) => {
    expect(await redirectOf(request, '/', { 'Accept-Language': 'fr-FR,fr;q=0.9' })).toEqual({ status: 307, location: '/ko' });
  });

  test('the language-neutral permalink goes to the reader’s language', async ({ request }) => {
    expect(await redirectOf(request, `/releases/${SLUG}`, { 'Accept-Language': 'en-US' })).toEqual({
      status: 307,
      location: `/en/releases/${SLUG}`,
    });
    expect(await redirectOf(request, `/releases/${SLUG}`, { 'Accept-Language': 'ko' })).toEqual({
      status: 307,
      location: `/ko/releases/${SLUG}`,
    });
  });
});

test.describe('not found', () => {
  for (const [locale, heading, home] of [
    ['ko', '페이지를 찾을 수 없습니다', '보도자료 목록으로 가기'],
    ['en', 'Page not found', 'Back to all press releases'],
  ] as const) {
    test(`an unknown slug is a ${locale} 404 page`, async ({ page }) => {
      const response = await page.goto(`/${locale}/releases/no-such-release`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('main').getByRole('link', { name: home })).toHaveAttribute('href', `/${locale}`);
    });
  }

  test('the 404 page is rendered on the server, not only by script', { tag: '@desktop' }, async ({ request }) => {
    // A page that renders on request and finds nothing too: Next would leave that 404's body empty until its script ran.
    for (const address of [
      '/en/no-such-page',
      '/en/releases/no-such-release',
      '/ko/releases/no-such-release/side-by-side',
      '/ko/releases/no-such-release/opengraph-image',
      '/en/tags/no-such-topic',
      '/en/tags/shared-growth/page/9',
      '/ko/archive/1999',
      '/ko/page/99',
      '/en/preview/no-such-token',
    ]) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(404);
      expect(await response.text(), address).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    }
  });

  test("Next's own pages that no reader has are the 404 page too, not a 500 or a redirect", { tag: '@desktop' }, async ({ request }) => {
    const addresses = ['/_global-error', '/_next/data/build/ko.json', '/_next/data/build/en/releases/x.json', '/_next/data/x.json'];
    for (const address of addresses) {
      const response = await request.get(address, { maxRedirects: 0 });
      expect(response.status(), address).toBe(404);
      expect(await response.text(), address).toMatch(/<h1[^>]*>Page not found<\/h1>/);
      // Not taken for the home page, which picks a language and remembers it.
      expect(response.headers()['set-cookie'], address).toBeUndefined();
    }
  });

  test('an unknown locale ends on a 404 page', async ({ page }) => {
    const response = await page.goto('/fr/releases/no-such-release');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
