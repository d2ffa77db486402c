import { expect, type Page } from '@playwright/test';

/**
 * Waits until Pretendard has swapped in. On a Korean page the swap moves every line, so a
 * measurement taken across it, or a click aimed just before it, lands somewhere else.
 */
export async function webFontSwappedIn(page: Page) {
  await expect(page.locator('html')).toHaveClass(/\bweb-font\b/);
  await page.evaluate(async () => {
    // A layout first, so the loads the class starts are pending when fonts.ready is read.
    document.body.getBoundingClientRect();
    await document.fonts.ready;
  });
}
