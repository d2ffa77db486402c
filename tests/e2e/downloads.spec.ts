import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { seedLines, SLUG } from '../seed';
import { webFontSwappedIn } from './web-font';

const types = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

test.describe('downloads', () => {
  test(
    'the Korean page links every file: four formats in each language, three bilingual, and the press kit',
    { tag: '@desktop' },
    async ({ page }) => {
      await page.goto(`/ko/releases/${SLUG}`);
      await expect(page.getByRole('region', { name: '다운로드' }).getByRole('link')).toHaveCount(12);
    },
  );

  // One test a file, each from a page of its own: Chromium holds back a page's later downloads when they follow each other fast.
  const files = [
    ...['ko', 'en'].flatMap((language) => ['txt', 'md', 'docx', 'pdf'].map((format) => `${language}.${format}`)),
    'ko-en.txt',
    'ko-en.docx',
    'ko-en.pdf',
    'press-kit.zip',
  ];
  for (const file of files.map((ending) => `${SLUG}-${ending}`)) {
    test(`the Korean page's link to ${file} saves it, and says its size`, { tag: '@desktop' }, async ({ page }) => {
      await page.goto(`/ko/releases/${SLUG}`);
      // In CI a click aimed just before the swap once missed the link, and no download came.
      await webFontSwappedIn(page);
      const link = page.getByRole('region', { name: '다운로드' }).locator(`a[download="${file}"]`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(file);
      const bytes = await readFile((await download.path())!);
      expect(bytes.byteLength).toBeGreaterThan(1000);
      const kb = new Intl.NumberFormat('ko', { maximumFractionDigits: 1 }).format(bytes.byteLength / 1024);
      await expect(link.locator('xpath=..')).toContainText(`${kb} KB`);
    });
  }

  test('files are served with their type, an attachment name and a cache lifetime', { tag: '@desktop' }, async ({ request }) => {
    for (const [extension, type] of Object.entries(types)) {
      const name = `${SLUG}-en.${extension}`;
      const response = await request.get(`/downloads/${name}`);
      expect(response.status()).toBe(200);
      expect(response.headers()).toMatchObject({
        'content-type': type,
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': expect.stringContaining('max-age=604800'),
      });
    }
    const kit = await request.get(`/downloads/${SLUG}-press-kit.zip`);
    expect(kit.headers()).toMatchObject({
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${SLUG}-press-kit.zip"`,
    });
    const text = await (await request.get(`/downloads/${SLUG}-ko.txt`)).text();
    for (const line of seedLines) expect(text).toContain(line);
  });

  test('an unknown file or format is a 404', { tag: '@desktop' }, async ({ request }) => {
    expect((await request.get(`/downloads/${SLUG}-fr.txt`)).status()).toBe(404);
    expect((await request.get(`/downloads/${SLUG}-ko.rtf`)).status()).toBe(404);
    expect((await request.get(`/downloads/${SLUG}-en-press-kit.zip`)).status()).toBe(404);
    expect((await request.get('/downloads/no-such-release-ko.txt')).status()).toBe(404);
  });

  test('copy text puts the release text on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/releases/${SLUG}`);
    await page.getByRole('button', { name: 'Copy text' }).click();
    await expect(page.getByRole('region', { name: 'Downloads' }).getByRole('status')).toHaveText('Release text copied.');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(/^LG Innotek to Transform Customer Experience/);
    expect(clipboard).toContain('\n\nIn February 2022, at the height of the pandemic');
    expect(clipboard).not.toContain('\r');
  });
});
