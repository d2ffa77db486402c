import { expect, test } from '@playwright/test';
import { seedLines, SLUG } from '../seed';
import { countDateFormats, dateFormatsMade } from './date-formats';
import { webFontSwappedIn } from './web-font';

test.describe('release list', () => {
  test('Korean list shows the release with its Korean date', async ({ page }) => {
    await page.goto('/ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('보도자료');
    const item = page.getByRole('listitem').filter({ hasText: seedLines[0]! });
    await expect(item.locator('time')).toHaveText('2022년 9월 21일');
    await expect(item.getByRole('link', { name: seedLines[0]! })).toHaveAttribute('href', `/ko/releases/${SLUG}`);
  });

  test('English list shows the English title and date', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const link = page.getByRole('link', { name: /^LG Innotek to Transform Customer Experience/ });
    await expect(link).toHaveAttribute('href', `/en/releases/${SLUG}`);
    await expect(page.locator('main time')).toHaveText('September 21, 2022');
  });
});

test.describe('release page', () => {
  test('Korean page shows the original word for word, with paragraph anchors', async ({ page }) => {
    await page.goto(`/ko/releases/${SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedLines[0]!);
    await expect(page.locator('article header li')).toHaveText(seedLines.slice(1, 4));
    // Each block holds its text and its quote button.
    await expect(page.locator('.release-block .block-text')).toHaveText(seedLines.slice(4));
    await expect(page.locator('#p-1 .block-text')).toHaveText(seedLines[4]!);
    await expect(page.locator('#p-11 .block-text')).toHaveText(seedLines[14]!);
    await expect(page.locator('article header time')).toHaveText('2022년 9월 21일');
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.locator('article')).toHaveCSS('word-break', 'keep-all');
  });

  test('English page is marked as a translation and links to the original', async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'LG Innotek to Transform Customer Experience by Growing Together with Suppliers',
    );
    await expect(page.locator('.release-block')).toHaveCount(11);
    await expect(page.locator('#p-2')).toContainText('KRX: 011070');
    await expect(page.locator('article header time')).toHaveText('September 21, 2022');
    const notice = page.getByRole('note');
    await expect(notice).toContainText('translation of the Korean original');
    await expect(notice.getByRole('link', { name: 'Korean original' })).toHaveAttribute('href', `/ko/releases/${SLUG}`);
  });

  test('the skip link is the first stop for the keyboard and moves focus to the content', { tag: '@desktop' }, async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test(
  'a page prefetches no other page, and a link still opens its page without reloading this one',
  { tag: '@desktop' },
  async ({ page }) => {
    const payloads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).searchParams.has('_rsc')) payloads.push(request.url());
    });
    await page.goto(`/ko/releases/${SLUG}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => Object.assign(window, { stillHere: true }));
    // Next prefetches each link in view once the page is idle: give it the time it would take.
    await page.waitForTimeout(2000);
    expect(payloads).toEqual([]);
    await page.getByRole('banner').getByRole('link', { name: '동반성장' }).click();
    await expect(page).toHaveURL('/ko/tags/shared-growth');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('동반성장');
    expect(await page.evaluate(() => 'stillHere' in window)).toBe(true);
    expect(payloads).toHaveLength(1);
  },
);

test.describe('language switch', () => {
  test('goes to the same release in the other language and back, keeping the paragraph', async ({ page }) => {
    await page.goto(`/ko/releases/${SLUG}#p-5`);
    // The link takes the paragraph along once the page's script has read the address (before, it leads to the release).
    const english = page.getByRole('banner').getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('href', /#p-5$/);
    await english.click();
    await expect(page).toHaveURL(`/en/releases/${SLUG}#p-5`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('LG Innotek to Transform');
    // Marked as a direct #p-5 link marks it.
    expect(await page.locator('#p-5').evaluate((block) => block.matches(':target'))).toBe(true);
    await expect(page.locator('#p-5')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

    const korean = page.getByRole('navigation', { name: 'Choose language' }).getByRole('link', { name: '한국어' });
    await expect(korean).toHaveAttribute('href', /#p-5$/);
    await korean.click();
    await expect(page).toHaveURL(`/ko/releases/${SLUG}#p-5`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedLines[0]!);
  });

  test('after a link within the site, leads to the page the reader is on, not the paragraph they left', async ({ page }) => {
    await page.goto(`/ko/releases/${SLUG}#p-5`);
    const english = page.getByRole('banner').getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('href', /#p-5$/);
    // A topic of the release: the router's navigation, which fires neither hashchange nor popstate.
    await page.getByRole('main').getByRole('link', { name: '동반성장', exact: true }).filter({ visible: true }).click();
    await expect(page).toHaveURL('/ko/tags/shared-growth');
    await expect(english).toHaveAttribute('href', '/en/tags/shared-growth');
  });

  test('on the list page it switches the list', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('banner').getByRole('link', { name: '한국어' }).click();
    await expect(page).toHaveURL('/ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('보도자료');
  });
});

test.describe('print', { tag: '@desktop' }, () => {
  test('prints the release text without navigation, share or download chrome', async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}`);
    const chrome = [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('group', { name: 'Share' }),
      page.getByRole('region', { name: 'Downloads' }),
      page.getByRole('note').getByRole('link', { name: 'Side by side' }),
    ];
    // On screen first: hidden in print then says something of the print styles.
    for (const part of chrome) await expect(part).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article header time')).toBeVisible();
    await expect(page.locator('#p-11')).toBeVisible();
    for (const part of chrome) await expect(part).toBeHidden();
  });

  test('dates the paper as printing starts, and makes no date format while the page loads', async ({ page }) => {
    await countDateFormats(page);
    await page.goto(`/en/releases/${SLUG}`);
    // Hydrated, loaded and idle: the web font's loader waits for all three.
    await webFontSwappedIn(page);
    expect(await dateFormatsMade(page)).toBe(0);
    const printed = page.getByText(/^Permalink: /).locator('time');
    await expect(printed).toHaveText('');
    await page.pdf();
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Asia/Seoul' }).format(new Date());
    await expect(printed).toHaveText(today);
  });
});
