import type { Page } from '@playwright/test';

type Counted = { dateFormatsMade: number };

/**
 * Counts every Intl.DateTimeFormat the page makes from its first script on: the browser's first
 * costs a slow phone a task of 50–120 ms, so a page should make none while it loads that it does
 * not show.
 */
export async function countDateFormats(page: Page) {
  await page.addInitScript(() => {
    const Format = Intl.DateTimeFormat;
    (window as unknown as Counted).dateFormatsMade = 0;
    Intl.DateTimeFormat = new Proxy(Format, {
      construct(target, args: ConstructorParameters<typeof Format>) {
        (window as unknown as Counted).dateFormatsMade++;
        return new target(...args);
      },
    });
  });
}

export const dateFormatsMade = (page: Page) => page.evaluate(() => (window as unknown as Counted).dateFormatsMade);
