import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SLUG } from './release';

const pages = ['', `/releases/${SLUG}`, `/releases/${SLUG}/side-by-side`, '/releases/no-such-release'];

for (const locale of ['ko', 'en']) {
  for (const path of pages) {
    test(`axe finds no violations on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
