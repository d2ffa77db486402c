import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Runs against the site built from tests/fixtures/content/valid: `first-release` (Korean and
// English), `korean-only`, `embargo-passed` (embargo in 2024) and `embargoed-future` (2099).

test.describe('a release under embargo at build time', () => {
  test('is in no list, feed or sitemap', async ({ page, request }) => {
    await page.goto('/ko');
    await expect(page.getByRole('link', { name: '엠바고가 끝난 기사' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('엠바고 기사\n');
    await expect(page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText(['한국어로만 낸 보도자료', '첫 번째 보도자료', '엠바고가 끝난 기사', '이모지 제목 🚀 그리고 글꼴에 없는 글자 𓀀']);
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
    await expect(page.getByRole('link', { name: '영문 번역과 나란히 보기 (국영문 대조)' })).toHaveCount(0);
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
    await page.getByRole('link', { name: '영문 번역과 나란히 보기 (국영문 대조)' }).click();
    await expect(page.locator('.pair')).toHaveCount(3);
  });
});

test.describe('the newsroom around a release', () => {
  for (const [locale, about, boilerplate, contact, name, role] of [
    ['ko', '예시전자 소개', '예시전자는 테스트를 위해 만든 가상의 회사입니다.', '보도 문의', '김보도', '홍보팀 책임'],
    ['en', 'About Example Corp', 'Example Corp is a fictitious company made up for tests.', 'Media contact', 'Bodo Kim', 'Head of Communications'],
  ] as const) {
    test(`${locale}: the release ends with the boilerplate and the media contact, linked`, async ({ page }) => {
      await page.goto(`/${locale}/releases/first-release`);
      await expect(page.getByRole('banner').getByRole('link', { name: locale === 'ko' ? '예시전자 예시 뉴스룸' : 'Example Corp Example Newsroom' })).toBeVisible();
      await expect(page.getByRole('region', { name: about })).toContainText(boilerplate);
      const contacts = page.getByRole('region', { name: contact });
      await expect(contacts).toContainText(`${name}, ${role}`);
      await expect(contacts.getByRole('link', { name: 'press@example.com' })).toHaveAttribute('href', 'mailto:press@example.com');
      await expect(contacts.getByRole('link', { name: '+82-2-555-0100' })).toHaveAttribute('href', 'tel:+8225550100');
    });
  }

  test('the 404 page names the fixture newsroom: it comes from the build, not from content/ at request time', async ({ page }) => {
    // This server runs without CONTENT_DIR: reading content now would find the real newsroom.
    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Example Corp Example Newsroom' })).toBeVisible();
  });

  test('a release that names its own contact shows it instead of the newsroom\'s', async ({ page }) => {
    await page.goto('/ko/releases/korean-only');
    const contacts = page.getByRole('region', { name: '보도 문의' });
    await expect(contacts).toContainText('이담당, 제품 문의');
    await expect(contacts).not.toContainText('김보도');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
});

