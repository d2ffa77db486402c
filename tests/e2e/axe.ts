import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules whose answer depends on the colours: what a second colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Opens `path` once it has settled: search results come after load (so the network must rest),
 * and a release 404 rendered on its first request swaps its document in as it streams (so the
 * page must have its language and its main landmark).
 */
export async function openSettled(page: Page, path: string, locale: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('main')).toBeVisible();
}

/** What axe finds on the page as it is, every rule or only `rules`, one line a violation. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
