import { expect, test } from '@playwright/test';
import { SLUG } from '../seed';

// The organisation is named in the page's language everywhere a reader meets it.
for (const [locale, organisation, site, byline, ogAlt] of [
  [
    'ko',
    'LG이노텍',
    'LG이노텍 Press Center',
    'LG이노텍 · 종목코드 011070',
    'LG이노텍 보도자료 공유 이미지: LG이노텍, 협력사 상생으로 고객경험 혁신할 것',
  ],
  [
    'en',
    'LG Innotek',
    'LG Innotek Press Center',
    'LG Innotek · KRX: 011070',
    'LG Innotek press release share image: LG Innotek to Transform Customer Experience by Growing Together with Suppliers',
  ],
] as const) {
  test.describe(`the organisation in ${locale}`, () => {
    test('the header names the newsroom and links home; the title and footer name it too', async ({ page }) => {
      await page.goto(`/${locale}`);
      const home = page.getByRole('banner').getByRole('link', { name: site });
      await expect(home).toHaveAttribute('href', `/${locale}`);
      await expect(page).toHaveTitle(`${locale === 'ko' ? '보도자료' : 'Press releases'} | ${site}`);
      await expect(page.getByRole('contentinfo')).toContainText(organisation);
    });

    test('the release byline, title and share image description are in the page language', async ({ page }) => {
      await page.goto(`/${locale}/releases/${SLUG}`);
      await expect(page.locator('article header > p').first()).toHaveText(byline);
      await expect(page).toHaveTitle(new RegExp(` \\| ${site}$`));
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', ogAlt);
      await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
      await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', site);
    });

    test('the feed names the organisation as author', { tag: '@desktop' }, async ({ request }) => {
      const feed = await (await request.get(`/${locale}/feed.xml`)).text();
      expect(feed).toContain(`<name>${organisation}</name>`);
      expect(feed).toContain(`<title>${site}`);
    });

    test('the 404 page names the newsroom', { tag: '@desktop' }, async ({ page }) => {
      await page.goto(`/${locale}/no-such-page`);
      await expect(page.getByRole('banner').getByRole('link', { name: site })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(` \\| ${site}$`));
    });
  });
}

test('the real release names no contact and no boilerplate (none is sourced)', async ({ page }) => {
  await page.goto(`/ko/releases/${SLUG}`);
  await expect(page.getByRole('region', { name: '보도 문의' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'LG이노텍 소개' })).toHaveCount(0);
});
