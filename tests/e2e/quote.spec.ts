import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedLines, SLUG } from '../seed';
import { countAnnouncements } from './announcements';

const ORIGIN = 'http://localhost:3000';

test.describe('copy a paragraph as a quote', () => {
  test('ko: the quote, its attribution and a permalink that highlights the paragraph', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/ko/releases/${SLUG}`);
    await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
    // On a phone the paragraph shows its quote once tapped; with a mouse, in the margin.
    await page.locator('#p-7 .block-text').click();
    const button = page.getByRole('button', { name: '7번째 문단을 인용문으로 복사' });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: '7번째 문단' })).toHaveText(
      '7번째 문단을 출처와 고유 링크를 붙여 복사했습니다.',
    );
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    const opening = seedLines[10]!.split(' ').slice(0, 4).join(' ');
    expect(clipboard).toBe(
      [
        `“${seedLines[10]}”`,
        '— LG이노텍 보도자료, 2022년 9월 21일',
        `${ORIGIN}/ko/releases/${SLUG}#p-7:~:text=${encodeURIComponent(opening)}`,
      ].join('\n'),
    );
  });

  /** Copies ¶4 of the English release from the keyboard, and waits for the confirmation. */
  async function copyFourthFromKeyboard(page: Page) {
    await page.goto(`/en/releases/${SLUG}`);
    const button = page.getByRole('button', { name: 'Copy paragraph 4 as a quote' });
    await button.focus();
    await expect(button).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Paragraph 4' })).toHaveText(
      'Paragraph 4 copied as a quote, with its source and permalink.',
    );
  }

  test('en: the English quote also offers the Korean original’s paragraph, and works from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await copyFourthFromKeyboard(page);
    const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(lines[0]).toMatch(/^“In finance, LG Innotek operates a KRW 103 billion shared growth fund\. .*”$/);
    expect(lines.slice(1)).toEqual([
      '— LG Innotek press release, September 21, 2022',
      `${ORIGIN}/en/releases/${SLUG}#p-4:~:text=In%20finance%2C%20LG%20Innotek`,
      `Korean original: ${ORIGIN}/ko/releases/${SLUG}#p-4`,
    ]);
  });

  // The focused quote button and its confirmation are on screen: what the page-wide pass
  // (accessibility.spec.ts) does not see.
  test('en: axe finds nothing once a quote is copied from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await copyFourthFromKeyboard(page);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('en: a paragraph that opens with a quotation is copied with its quotations nested, no mark doubled (¶11)', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/releases/${SLUG}`);
    await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
    await page.locator('#p-11 .block-text').click();
    await page.getByRole('button', { name: 'Copy paragraph 11 as a quote' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Paragraph 11' })).toHaveText(
      'Paragraph 11 copied as a quote, with its source and permalink.',
    );
    const [quote] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(quote).toMatch(/^“‘We have continued to support our suppliers .*,’ said Yongki Lee, .* ‘We will join forces .*\.’”$/);
  });

  // With a mouse the link button stays hidden: the permalink in the margin is the paragraph's link there.
  test('ko: a paragraph’s link button copies a link that highlights it, and says so', { tag: '@phone' }, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/ko/releases/${SLUG}`);
    await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
    await page.locator('#p-3 .block-text').click();
    await page.getByRole('button', { name: '3번째 문단 링크 복사' }).click();
    await expect(page.getByRole('status').filter({ hasText: '3번째 문단' })).toHaveText('3번째 문단 링크를 복사했습니다.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`^${ORIGIN}/ko/releases/${SLUG}#p-3:~:text=\\S+$`),
    );
  });

  test('en: a paragraph copied twice is announced twice', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/releases/${SLUG}`);
    await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
    const status = page.locator('p[role="status"].sr-only');
    const announcements = await countAnnouncements(status);
    await page.locator('#p-4 .block-text').click();
    for (const copies of [1, 2]) {
      await page.getByRole('button', { name: 'Copy paragraph 4 as a quote' }).click();
      await expect.poll(announcements).toBe(copies);
    }
    await expect(status).toHaveText('Paragraph 4 copied as a quote, with its source and permalink.');
  });

  test('en: a clipboard that refuses is said so, not taken for a copy', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(`/en/releases/${SLUG}`);
    await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
    await page.locator('#p-4 .block-text').click();
    await page.getByRole('button', { name: 'Copy paragraph 4 as a quote' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copy' })).toHaveText('Could not copy the quote.');
    await expect(page.getByRole('button', { name: 'Copy paragraph 4 as a quote' })).not.toHaveAttribute('data-copied');
  });

  test('print: each paragraph numbered in the margin (counted like #p-N), no quote buttons', { tag: '@desktop' }, async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}`);
    const marker = () => page.locator('#p-7').evaluate((block) => getComputedStyle(block, '::before').content);
    expect(await marker()).toBe('none');
    // Shown once the page's script has run: hidden in print then says something of the print styles.
    await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
    await expect(page.locator('#p-7 button[data-quote]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#p-7 button[data-quote]')).toBeHidden();
    expect(await marker()).toBe('"¶" counter(block)');
    expect(
      await page.locator('.release-block').evaluateAll((blocks) => blocks.map((block) => getComputedStyle(block).counterIncrement)),
    ).toEqual(Array(11).fill('block 1'));
  });
});
