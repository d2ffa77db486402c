// Full-page screenshots of the main pages in both languages at desktop and phone widths, for a
// person to look at. Needs a running server: `npm start` (or BASE_URL), then `npm run screenshots`.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const pages = (process.argv[2] ?? '/ko,/en,/ko/releases/lg-innotek-win-win-growth-index-2022,/en/releases/lg-innotek-win-win-growth-index-2022,/en/releases/missing').split(',');
const widths = [1280, 390];

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
for (const width of widths) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: width < 500 ? 2 : 1 });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(base + path);
    const name = `screenshots/${path.replace(/^\//, '').replace(/[/#]/g, '_') || 'root'}-${width}`;
    // The whole page, and the first screen a reader sees (easier to look at on a phone width).
    await page.screenshot({ path: `${name}.png`, fullPage: true });
    await page.screenshot({ path: `${name}-top.png` });
    console.log(name);
  }
  await context.close();
}
await browser.close();
