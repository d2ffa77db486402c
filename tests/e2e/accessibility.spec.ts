import { expect, test } from '@playwright/test';
import { everyPageType, phoneLayoutPageTypes, SLUG } from '../seed';
import { axeViolations, COLOUR_RULES, openSettled } from './axe';

// One test a page type and colour scheme: a full axe pass takes seconds where Korean fonts are
// installed. Dark mode changes colours only, so the dark pass runs the colour rules. On a phone,
// only the page types laid out their own way there (tests/seed.ts).
for (const locale of ['ko', 'en'] as const) {
  const phoneToo = new Set(phoneLayoutPageTypes(locale));
  for (const path of everyPageType(locale)) {
    const tag = phoneToo.has(path) ? [] : ['@desktop'];
    test(`axe finds nothing on ${path}`, { tag }, async ({ page }) => {
      await openSettled(page, path, locale);
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`${path} turns dark when the system does, and axe's colour rules find nothing there`, { tag }, async ({ page }) => {
      await openSettled(page, path, locale);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
      expect(await axeViolations(page, COLOUR_RULES)).toEqual([]);
    });
  }
}

test('the keyboard reaches every control in reading order, each with a visible focus ring', { tag: '@desktop' }, async ({ page }) => {
  await page.goto(`/en/releases/${SLUG}`);
  const stops: string[] = [];
  for (let press = 0; press < 60; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      if (element === document.body) return undefined;
      return {
        name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
        outline: getComputedStyle(element).outlineStyle,
      };
    });
    if (!focused) break;
    expect(focused.outline, focused.name).not.toBe('none');
    stops.push(focused.name);
  }
  const order = [
    'Skip to content',
    'LG Innotek Press Center',
    'Search',
    '한국어',
    'Download press kit (ZIP',
    'Copy link',
    'Share on X',
    'Korean original',
    '⇆Side by side',
    'Copy paragraph 1 as a quote',
    'Copy paragraph 11 as a quote',
    'Download English plain text',
    'Copy text',
  ];
  const positions = order.map((name) => stops.findIndex((stop) => stop.startsWith(name)));
  expect(
    positions.every((position) => position >= 0),
    `focus stops: ${stops.join(' | ')}`,
  ).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

/** Each value after its first appearance in `values`. */
const repeated = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);

test.describe('landmarks and where the reader is', { tag: '@desktop' }, () => {
  for (const locale of ['ko', 'en'] as const) {
    for (const path of everyPageType(locale)) {
      test(`${path}: no two landmarks share a role and a name, hidden ones included (html-validate's unique-landmark)`, async ({
        page,
      }) => {
        await page.goto(path);
        const names = await page.evaluate(() =>
          [
            ...document.querySelectorAll('nav, aside, [role="navigation"], [role="region"], section[aria-label], section[aria-labelledby]'),
          ].map((landmark) => {
            const labelledBy = landmark.getAttribute('aria-labelledby');
            const name = labelledBy ? document.getElementById(labelledBy)?.textContent : landmark.getAttribute('aria-label');
            return `${landmark.getAttribute('role') ?? landmark.tagName.toLowerCase()}: ${name ?? ''}`;
          }),
        );
        expect(repeated(names)).toEqual([]);
      });
      // The 404s hold every language's header and text at once.
      test(`${path}: no two elements share an id`, async ({ page }) => {
        await page.goto(path);
        const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
        expect(repeated(ids)).toEqual([]);
      });
    }
  }

  test('the header marks the topic and the search the reader is on', async ({ page }) => {
    await page.goto('/ko/tags/shared-growth');
    const topics = page.getByRole('banner').getByRole('navigation', { name: '주제' });
    await expect(topics.getByRole('link', { name: '동반성장' })).toHaveAttribute('aria-current', 'page');
    await expect(topics.locator('[aria-current]:visible')).toHaveCount(1);
    await page.goto('/en/search');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('banner').getByRole('navigation', { name: 'Topics' }).locator('[aria-current]')).toHaveCount(0);
  });
});
