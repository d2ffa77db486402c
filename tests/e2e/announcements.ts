import type { Locator } from '@playwright/test';

/**
 * Counts what a live region is given from now on: nodes added or text changed, which is what
 * screen readers announce (aria-relevant "additions text"). A region handed the same words it
 * already holds, unchanged in the DOM, is not read again.
 */
export async function countAnnouncements(region: Locator): Promise<() => Promise<number>> {
  await region.evaluate((element) => {
    const counted = element as HTMLElement & { announcements?: number };
    counted.announcements = 0;
    new MutationObserver((records) => {
      const announced = records.some((record) => record.type === 'characterData' || record.addedNodes.length > 0);
      if (announced && element.textContent?.trim()) counted.announcements! += 1;
    }).observe(element, { childList: true, subtree: true, characterData: true });
  });
  return () => region.evaluate((element) => (element as HTMLElement & { announcements?: number }).announcements ?? 0);
}
