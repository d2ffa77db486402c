import { expect, test, type Page } from '@playwright/test';
import { seedLines, SLUG } from '../seed';

const BLOCKS = seedLines.length - 4;
const url = (locale: string) => `/${locale}/releases/${SLUG}/side-by-side`;
/**
 * Each pair's Korean and English boxes, read in one go: Pretendard swaps in once the page has
 * loaded, and boxes read one by one could straddle the swap.
 */
const pairBoxes = (page: Page) =>
  page.locator('.pair').evaluateAll((pairs) =>
    pairs.map((pair) => {
      const [ko, en] = ['ko', 'en'].map((lang) => pair.querySelector(`:scope > [lang="${lang}"]`)!.getBoundingClientRect());
      return { ko: ko!, en: en! };
    }),
  );

test.describe('side-by-side view', () => {
  test('pairs every Korean block with its English block, each marked with its language', async ({ page }) => {
    await page.goto(url('en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.pair > [lang="ko"]')).toHaveCount(BLOCKS);
    await expect(page.locator('.pair > [lang="en"]')).toHaveCount(BLOCKS);
    await expect(page.locator('.pair > [lang="ko"] .release-body')).toHaveText(seedLines.slice(4));
    await expect(page.locator('#p-2 > [lang="en"]')).toContainText('KRX: 011070');
    await expect(page.getByRole('heading', { level: 1 }).locator('[lang="ko"]')).toHaveText(seedLines[0]!);
  });

  test('lines up the tops of block N in both columns on a desktop', { tag: '@desktop' }, async ({ page }) => {
    await page.goto(url('ko'));
    const boxes = await pairBoxes(page);
    expect(boxes).toHaveLength(BLOCKS);
    boxes.forEach(({ ko, en }, index) => {
      expect(Math.abs(ko.y - en.y), `block ${index + 1}`).toBeLessThanOrEqual(2);
      expect(en.x, `block ${index + 1}`).toBeGreaterThan(ko.x + ko.width - 1);
    });
  });

  test('stacks English below Korean on a phone', { tag: '@phone' }, async ({ page }) => {
    await page.goto(url('ko'));
    const boxes = await pairBoxes(page);
    expect(boxes).toHaveLength(BLOCKS);
    boxes.forEach(({ ko, en }, index) => {
      expect(en.y, `block ${index + 1}`).toBeGreaterThanOrEqual(ko.y + ko.height - 1);
      expect(Math.abs(en.x - ko.x), `block ${index + 1}`).toBeLessThanOrEqual(2);
    });
  });

  test('a #p-N link scrolls to that pair and highlights it', async ({ page }) => {
    await page.goto(`${url('en')}#p-7`);
    const target = page.locator('#p-7');
    await expect(target).toBeInViewport();
    const background = (n: number) => page.locator(`#p-${n} > [lang="en"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(6)).toBe('rgba(0, 0, 0, 0)');
    expect(await background(7)).not.toBe('rgba(0, 0, 0, 0)');
    await expect(target.getByRole('link', { name: 'Link to paragraph 7' })).toHaveAttribute('href', '#p-7');
  });

  test('links to and from the release page, and the language switch stays on the view', async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}`);
    // In the translation notice, beside "the Korean original prevails"; on a phone, in the header.
    await page
      .getByRole('link', { name: /side by side/i })
      .filter({ visible: true })
      .click();
    await expect(page).toHaveURL(url('en'));
    await page.getByRole('banner').getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL(url('ko'));
    await page.getByRole('link', { name: '보도자료 본문으로 돌아가기' }).click();
    await expect(page).toHaveURL(`/ko/releases/${SLUG}`);
  });

  test('is a 404 for an unknown release', { tag: '@desktop' }, async ({ page }) => {
    const response = await page.goto(`/en/releases/no-such-release/side-by-side`);
    expect(response?.status()).toBe(404);
  });
});

test.describe('side by side, looked at', { tag: '@desktop' }, () => {
  test('its title starts where the site header’s name does', async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}/side-by-side`);
    const left = (locator: ReturnType<typeof page.locator>) => locator.evaluate((element) => Math.round(element.getClientRects()[0]!.left));
    const header = await left(page.getByRole('banner').getByRole('link').first());
    expect(header).toBe(96);
    const title = page.getByRole('heading', { level: 1 }).locator('span').first();
    expect(
      await title.evaluate((span) => Math.round(span.getBoundingClientRect().left + parseFloat(getComputedStyle(span).paddingLeft))),
    ).toBe(header);
  });

  test('on a tablet each pair’s ¶N is on screen, where the keyboard’s focus shows it', { tag: '@desktop' }, async ({ page }) => {
    for (const width of [768, 1024, 1180]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/en/releases/${SLUG}/side-by-side`);
      const number = page.locator('#p-1').getByRole('link', { name: /1/ });
      await number.focus();
      const box = (await number.boundingBox())!;
      expect(box.x, `${width}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${width}`).toBeLessThanOrEqual(width);
    }
  });

  // What a page of A4 leaves inside Chrome's default margins (0.4 in), in CSS pixels: narrower than `md`.
  for (const [name, size] of [
    ['A4 portrait', { width: 717, height: 1046 }],
    ['A4 landscape', { width: 1046, height: 717 }],
  ] as const) {
    test(`printed on ${name}: two labelled columns, each pair with its ¶N, the masthead and the permalink`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/ko/releases/${SLUG}/side-by-side`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByText('국문 원문', { exact: true }).first()).toBeVisible();
      await expect(page.getByText('영문 번역', { exact: true }).first()).toBeVisible();
      const pair = page.locator('#p-3');
      const [korean, english] = await Promise.all([pair.locator('[lang="ko"]').boundingBox(), pair.locator('[lang="en"]').boundingBox()]);
      expect(english!.x).toBeGreaterThan(korean!.x + korean!.width - 1);
      expect(Math.abs(english!.y - korean!.y)).toBeLessThan(2);
      await expect(pair.getByRole('link', { name: /3/ })).toBeVisible();
      await expect(pair.getByRole('link', { name: /3/ })).toHaveText('¶3');
      // On the paper, not in its margin; the columns labelled once, above them, not in every pair; no box round a pair.
      const number = (await pair.getByRole('link', { name: /3/ }).boundingBox())!;
      expect(number.x).toBeGreaterThanOrEqual(0);
      expect(number.x + number.width).toBeLessThanOrEqual(size.width);
      await expect(pair.getByText('국문 원문', { exact: true })).toBeHidden();
      await expect(pair).toHaveCSS('border-top-width', '0px');
      await expect(page.getByRole('main').getByText('LG이노텍 Press Center', { exact: true })).toBeVisible();
      await expect(page.getByText(`고유 링크: http://localhost:3000/ko/releases/${SLUG}/side-by-side`)).toBeVisible();
    });
  }
});
