import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Opens `path` and returns what axe finds once the page has settled: search results come after
 * load (so the network must rest), and a release 404 rendered on its first request swaps its
 * document in as it streams (so the page must have its language and its main landmark).
 */
export async function axeViolationsOn(page: Page, path: string, locale: string): Promise<string[]> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('main')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
