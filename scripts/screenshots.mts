// Full-page screenshots of the main pages in both languages at desktop and phone widths, in the
// light and the dark scheme, for a person to look at. Needs a running server: `npm start` (or BASE_URL), then `npm run screenshots`,
// optionally with a comma-separated list of paths.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { everyPageType } from '../tests/seed.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const defaultPages = (['ko', 'en'] as const).flatMap(everyPageType);
const pages = process.argv[2]?.split(',') ?? defaultPages;
const widths = [1280, 390];

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const [width, colorScheme] of widths.flatMap((width) => (['light', 'dark'] as const).map((scheme) => [width, scheme] as const))) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: width < 500 ? 2 : 1, colorScheme });
  const page = await context.newPage();
  for (const path of pages) {
    // Search answers after the page has loaded: wait for its requests too.
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const name = `screenshots/${
      decodeURIComponent(path)
        .replace(/^\//, '')
        .replace(/[/#?=&]/g, '_') || 'root'
    }-${width}-${colorScheme}`;
    // The whole page, and the first screen a reader sees (easier to look at on a phone width).
    await page.screenshot({ path: `${name}.png`, fullPage: true });
    await page.screenshot({ path: `${name}-top.png` });
    console.log(name);
  }
  await context.close();
}
await browser.close();
