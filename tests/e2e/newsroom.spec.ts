import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Runs against the 48-release newsroom made by tests/fixtures/newsroom.mts: release-01 (January
// 2021) to release-48 (December 2024), one a month, tagged news or partners (every fifth both),
// every sixth Korean only.

const titles = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });
const pages = (page: Page, name: string) => page.getByRole('navigation', { name });

test.describe('lists of 20, newest first, with numbered pages', () => {
  test('ko: page 1 is /ko, then /ko/page/2 and /ko/page/3; past the end is a 404', async ({ page }) => {
    await page.goto('/ko');
    await expect(titles(page)).toHaveCount(20);
    await expect(titles(page).first()).toHaveText('보도자료 48호');
    const nav = pages(page, '목록 페이지');
    await expect(nav.getByRole('link', { name: '1페이지' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: '다음' })).toHaveAttribute('rel', 'next');
    await nav.getByRole('link', { name: '다음' }).click();
    await expect(page).toHaveURL('/ko/page/2');
    await expect(titles(page).first()).toHaveText('보도자료 28호');
    await expect(pages(page, '목록 페이지').getByRole('link', { name: '이전' })).toHaveAttribute('href', '/ko');
    await expect(pages(page, '목록 페이지').getByRole('link', { name: '2페이지' })).toHaveAttribute('aria-current', 'page');
    await page.goto('/ko/page/3');
    await expect(titles(page)).toHaveCount(8);
    await expect(pages(page, '목록 페이지').getByRole('link', { name: '다음' })).toHaveCount(0);
    for (const missing of ['/ko/page/4', '/ko/page/1', '/ko/page/02', '/en/page/x'])
      expect((await page.request.get(missing)).status(), missing).toBe(404);
  });

  test('en: the English list shows English titles and Korean-only releases in Korean', async ({ page }) => {
    await page.goto('/en/page/2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Press releases, page 2');
    // A phone never leaves the number alone on a line.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Press releases, page\u00a02');
    await expect(titles(page).first()).toHaveText('Press release no. 28');
    await expect(titles(page).filter({ hasText: '보도자료 24호' })).toHaveAttribute('lang', 'ko');
  });
});

test.describe('tags', () => {
  test('a release links its tags, labelled in the page language, to lists of that tag', async ({ page }) => {
    await page.goto('/ko/releases/release-11');
    // In the release's header line, beside its date (on a phone, after the text).
    const tags = page
      .locator('article')
      .getByRole('link')
      .filter({ hasText: /^(소식|협력사)$/, visible: true });
    await expect(tags).toHaveText(['소식', '협력사']);
    await tags.filter({ hasText: '협력사' }).click();
    await expect(page).toHaveURL('/ko/tags/partners');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('협력사 · 보도자료 29건');
    await expect(titles(page)).toHaveCount(20);
    await expect(titles(page).first()).toHaveText('보도자료 48호');
    await page.goto('/en/tags/partners/page/2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partners · 29 press releases (Page 2)');
    // The separator never ends a line, nor does "Page" without its number.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Partners ·\u00a029 press releases (Page\u00a02)');
    expect((await page.request.get('/en/tags/no-such-tag')).status()).toBe(404);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      'http://localhost:3000/en/tags/partners/feed.xml',
    );
    const feed = await (await page.request.get('/en/tags/partners/feed.xml')).text();
    expect(feed).toContain('<title>Example Corp Example Newsroom: Partners (English)</title>');
    // 29 releases are tagged partners; 8 of them are Korean only.
    expect(feed.match(/<entry>/g)).toHaveLength(21);
  });
});

test.describe('yearly archive', () => {
  test('each year in Korea time, linked from the list, with links to every other year', async ({ page }) => {
    await page.goto('/en');
    const years = page.getByRole('navigation', { name: 'Press releases by year' });
    await expect(years.getByRole('link')).toHaveText(['2024', '2023', '2022', '2021']);
    await years.getByRole('link', { name: '2022' }).click();
    await expect(page).toHaveURL('/en/archive/2022');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('12 press releases from 2022');
    await expect(titles(page)).toHaveCount(12);
    await expect(titles(page).last()).toHaveText('Press release no. 13');
    await expect(page.getByRole('navigation', { name: 'Press releases by year' }).getByRole('link', { name: '2022' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect((await page.request.get('/en/archive/2019')).status()).toBe(404);
  });
});

test('related releases: at most three, newest first, each sharing a tag', async ({ page }) => {
  await page.goto('/en/releases/release-20');
  const related = page.getByRole('region', { name: 'Related press releases' }).getByRole('link');
  // release-48 has no English: it is listed in Korean.
  await expect(related).toHaveText(['보도자료 48호', 'Press release no. 46', 'Press release no. 44']);
});

test('the sitemap lists every list page, tag page and year in both languages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/ko/page/2', '/en/page/3', '/en/tags/news', '/ko/tags/partners/page/2', '/ko/archive/2021', '/en/archive/2024'])
    expect(sitemap, path).toContain(`http://localhost:3000${path}</loc>`);
});

for (const path of ['/ko/page/2', '/en/tags/news', '/ko/archive/2023', '/en/releases/release-20']) {
  test(`axe finds nothing on ${path}, and nothing scrolls sideways`, async ({ page }) => {
    await page.goto(path);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

test.describe('the 404', () => {
  test('offers the three newest releases, newest first, each in the language the reader has it in', async ({ page }) => {
    // Under a language its own 404; under none the static one, which holds both and shows the path's.
    for (const path of ['/en/releases/no-such-release', '/en/no/such/page']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page.getByRole('main').getByRole('region').getByRole('link'), path).toHaveText([
        '보도자료 48호',
        'Press release no. 47',
        'Press release no. 46',
      ]);
    }
  });
});

test.describe('content never writes script', () => {
  test('a newsroom name holding </script> stays text on the static 404', async ({ page }) => {
    const response = await page.goto('/ko/no-such-page');
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toContain("script-src-attr 'none'");
    // The name arrives as written, as text, in the title the 404's script sets for its language.
    await expect(page).toHaveTitle(/예시 뉴스룸 <\/script> <script>pwned=1<\/script>$/);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    await page.goto('/en/no-such-page');
    await expect(page).toHaveTitle(/Example Newsroom$/);
  });
});

test.describe('lists that scan', () => {
  for (const locale of ['ko', 'en']) {
    test(
      `${locale}: a page of 20 fits in about two screens at 1280, each with its date, topics and the start of its summary`,
      { tag: '@desktop' },
      async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`/${locale}/page/2`);
        const list = page.getByRole('main').getByRole('list').first();
        const height = await list.evaluate((element) => element.getBoundingClientRect().height);
        expect(height).toBeLessThanOrEqual(2800);
        const items = list.getByRole('listitem');
        await expect(items).toHaveCount(20);
        for (const item of await items.all()) {
          await expect(item.locator('time')).toHaveCount(1);
          expect(await item.getByRole('link').count()).toBeGreaterThanOrEqual(2);
          await expect(item.locator('h2 + p')).not.toBeEmpty();
        }
      },
    );
  }

  test('page 1 features the newest release: a larger title and its whole summary', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('/en');
    const [first, second] = await titles(page).evaluateAll((headings) =>
      headings.slice(0, 2).map((heading) => parseFloat(getComputedStyle(heading).fontSize)),
    );
    expect(first).toBeGreaterThan(second! * 1.2);
    await page.goto('/en/page/2');
    const sizes = await titles(page).evaluateAll((headings) => new Set(headings.map((heading) => getComputedStyle(heading).fontSize)).size);
    expect(sizes).toBe(1);
  });
});
