import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Runs against the fixture site: `first-release` has two updates (paragraph 2 on March 6,
// paragraph 1 on March 7, 2024, the latter with a Korean note only) and an English translation
// whose paragraph 1 translates an older Korean original.

test.describe('a release with updates and a stale translation', () => {
  for (const [locale, updated, log, marker, firstNote, noteLang, dates] of [
    [
      'ko',
      '최종 수정일',
      '수정 내역',
      // Its name starts with the word it shows, which a voice command names it by.
      '수정됨: 이 문단은 2024년 3월 7일에 수정되었습니다. 수정 내역 보기',
      '첫 문단의 표현을 고쳤습니다.',
      'ko',
      ['2024년 3월 7일', '2024년 3월 6일'],
    ],
    [
      'en',
      'Updated',
      'Updates',
      'Updated: this paragraph was changed on March 7, 2024. See the update log.',
      '첫 문단의 표현을 고쳤습니다.',
      'ko',
      ['March 7, 2024', 'March 6, 2024'],
    ],
  ] as const) {
    test(`${locale}: "Updated" beside the date, the log newest first, and a marker on each changed paragraph`, async ({ page }) => {
      await page.goto(`/${locale}/releases/first-release`);
      const dateline = page.locator('article header').getByRole('link', { name: new RegExp(`^${updated}`) });
      await expect(dateline).toHaveAttribute('href', '#updates');
      await expect(dateline.locator('time')).toHaveAttribute('datetime', '2024-03-07T15:30:00+09:00');
      const entries = page.getByRole('region', { name: log }).getByRole('listitem');
      await expect(entries.locator('time')).toHaveText([...dates]);
      await expect(entries.first()).toHaveAttribute('id', 'update-2');
      await expect(entries.first().locator(`p[lang="${noteLang}"]`)).toHaveText(firstNote);
      const markerLink = page.locator('#p-1').getByRole('link', { name: marker });
      await expect(markerLink).toHaveAttribute('href', '#update-2');
      await expect(page.locator('#p-2').getByRole('link')).toHaveAttribute('href', '#update-1');
      await expect(page.locator('#p-3').getByRole('link')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test('en: the stale paragraph says the Korean original was updated and links to it; fresh ones say nothing', async ({ page }) => {
    await page.goto('/en/releases/first-release');
    const notice = page.locator('#p-1').getByRole('note');
    await expect(notice).toContainText('The Korean original of this paragraph was updated; this translation is being revised.');
    await expect(notice.getByRole('link', { name: 'Read the Korean original' })).toHaveAttribute('href', '/ko/releases/first-release#p-1');
    await expect(page.locator('#p-3').getByRole('note')).toHaveCount(0);
    await expect(page.locator('#p-1 + #p-2 .stale-notice')).toHaveCount(0);
  });

  test('ko: the original has no stale marks', async ({ page }) => {
    await page.goto('/ko/releases/first-release');
    await expect(page.locator('.stale-notice')).toHaveCount(0);
  });

  for (const locale of ['ko', 'en'] as const) {
    test(`${locale}: side by side marks the changed paragraphs and the stale translation`, async ({ page }) => {
      await page.goto(`/${locale}/releases/first-release/side-by-side`);
      await expect(page.locator('#p-1 .update-marker')).toHaveAttribute('href', `/${locale}/releases/first-release#update-2`);
      await expect(page.locator('#p-1 [lang="en"] .stale-notice, #p-1 .stale-notice')).toHaveCount(1);
      await expect(page.locator('#p-3 .stale-notice, #p-3 .update-marker')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test('the head, the feed and the sitemap date the release by its latest update', async ({ page, request }) => {
    await page.goto('/en/releases/first-release');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@graph'][0]).toMatchObject({
      datePublished: '2024-03-05T10:00:00+09:00',
      dateModified: '2024-03-07T15:30:00+09:00',
      correction: [
        { '@type': 'CorrectionComment', datePublished: '2024-03-06T09:00:00+09:00', text: 'The subheading was corrected.' },
        { '@type': 'CorrectionComment', datePublished: '2024-03-07T15:30:00+09:00', text: '첫 문단의 표현을 고쳤습니다.' },
      ],
    });
    const feed = await (await request.get('/en/feed.xml')).text();
    expect(feed).toMatch(/<id>[^<]*\/en\/releases\/first-release<\/id>[\s\S]*?<updated>2024-03-07T06:30:00.000Z<\/updated>/);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toMatch(/\/ko\/releases\/first-release<\/loc>[\s\S]*?<lastmod>2024-03-07T15:30:00\+09:00<\/lastmod>/);
    await page.goto('/en');
    await expect(page.getByRole('listitem').filter({ hasText: 'The first release' })).toContainText('Updated March 7, 2024');
  });
});
