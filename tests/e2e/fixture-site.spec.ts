import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Runs against the site built from tests/fixtures/content/valid: `first-release` (Korean and
// English), `korean-only`, `embargo-passed` (embargo in 2024) and `embargoed-future` (2099).

test.describe('a release under embargo at build time', () => {
  test('is in no list, feed or sitemap', async ({ page, request }) => {
    await page.goto('/ko');
    await expect(page.getByRole('link', { name: '엠바고가 끝난 기사' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('엠바고 기사\n');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['한국어로만 낸 보도자료', '첫 번째 보도자료', '엠바고가 끝난 기사']);
    for (const path of ['/ko/feed.xml', '/sitemap.xml']) {
      const body = await (await request.get(path)).text();
      expect(body, path).toContain('/ko/releases/embargo-passed');
      expect(body, path).not.toContain('embargoed-future');
    }
  });

  test('has no page, view, share image or download: all 404', async ({ request }) => {
    for (const path of [
      '/ko/releases/embargoed-future',
      '/ko/releases/embargoed-future/side-by-side',
      '/ko/releases/embargoed-future/opengraph-image',
      '/downloads/embargoed-future-ko.txt',
      '/downloads/embargoed-future-ko.docx',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    for (const path of ['/ko/releases/embargo-passed', '/ko/releases/embargo-passed/opengraph-image', '/downloads/embargo-passed-ko.txt']) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });
});

test.describe('a release without a translation', () => {
  test('has no side-by-side view, no link to one and no English alternate', async ({ page, request }) => {
    await page.goto('/ko/releases/korean-only');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('한국어로만 낸 보도자료');
    await expect(page.getByRole('link', { name: '영어 번역과 나란히 보기' })).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveCount(1);
    expect((await request.get('/ko/releases/korean-only/side-by-side')).status()).toBe(404);
    expect((await request.get('/downloads/korean-only-ko-en.txt')).status()).toBe(404);
    expect((await request.get('/downloads/korean-only-en.txt')).status()).toBe(404);
  });

  test('the English list shows it in Korean, marked, linking to the original', async ({ page }) => {
    await page.goto('/en');
    const item = page.getByRole('listitem').filter({ hasText: '한국어로만 낸 보도자료' });
    await expect(item).toContainText('Korean only');
    await expect(item.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'ko');
    await expect(item.getByRole('link')).toHaveAttribute('href', '/ko/releases/korean-only');
  });

  test('the language switch leads to a page that points to the original, kept out of search', async ({ page }) => {
    await page.goto('/ko/releases/korean-only');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/releases/korean-only');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This release is available in Korean only');
    const original = page.getByRole('main').getByRole('link', { name: '한국어로만 낸 보도자료' });
    await expect(original).toHaveAttribute('href', '/ko/releases/korean-only');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/ko/releases/korean-only');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('a translated release does link to its side-by-side view', async ({ page }) => {
    await page.goto('/ko/releases/first-release');
    await page.getByRole('link', { name: '영어 번역과 나란히 보기' }).click();
    await expect(page.locator('.pair')).toHaveCount(3);
  });
});
