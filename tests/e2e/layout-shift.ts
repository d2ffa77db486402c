import type { Page } from '@playwright/test';

type Recorded = { layoutShifts: number[] };

/** From the next page on, records every layout shift the page makes (the CLS entries). */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as Recorded).layoutShifts = []);
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)),
    ).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the layout shifts the page has reported so far. */
export const layoutShiftSum = (page: Page) =>
  page.evaluate(() => (window as unknown as Recorded).layoutShifts.reduce((sum, value) => sum + value, 0));
