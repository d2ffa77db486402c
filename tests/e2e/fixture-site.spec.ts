import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signPreview } from '@/lib/preview/token';
import { FIXTURE_PREVIEW_SECRET } from './preview-secret';

// Runs against the site built from tests/fixtures/content/valid: `first-release` (Korean and
// English), `with-image` (a picture between two paragraphs), `korean-only`, `embargo-passed`
// (embargo in 2024) and `embargoed-future` (2099).

test.describe('a release under embargo at build time', () => {
  test('is in no list, feed or sitemap', async ({ page, request }) => {
    await page.goto('/ko');
    await expect(page.getByRole('link', { name: '엠바고가 끝난 기사' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('엠바고 기사\n');
    await expect(page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText([
      '한국어로만 낸 보도자료',
      '사진이 있는 보도자료',
      '첫 번째 보도자료',
      '엠바고가 끝난 기사',
      '이모지 제목 🚀 그리고 글꼴에 없는 글자 𓀀',
    ]);
    for (const path of ['/ko/feed.xml', '/sitemap.xml']) {
      const body = await (await request.get(path)).text();
      expect(body, path).toContain('/ko/releases/embargo-passed');
      expect(body, path).not.toContain('embargoed-future');
    }
  });

  test('has no page, view, share image or download: all 404', async ({ request }) => {
    for (const path of [
      '/ko/releases/embargoed-future',
      '/ko/releases/embargoed-future/side-by-side',
      '/ko/releases/embargoed-future/opengraph-image',
      '/downloads/embargoed-future-ko.txt',
      '/downloads/embargoed-future-ko.docx',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    for (const path of ['/ko/releases/embargo-passed', '/ko/releases/embargo-passed/opengraph-image', '/downloads/embargo-passed-ko.txt']) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });
});

/** A journalist's preview link to `embargoed-future`, for an hour. */
function previewToken() {
  process.env.PREVIEW_SECRET = FIXTURE_PREVIEW_SECRET;
  return signPreview({ slug: 'embargoed-future', to: 'Kim Min-ji, Yonhap', expires: new Date(Date.now() + 3_600_000) });
}

test.describe('a preview link to a release under embargo', () => {
  test('opens a Korean-only release in both languages, the English page showing the original, with its files', async ({ request }) => {
    const token = previewToken();
    for (const [locale, banner] of [
      ['ko', '엠바고: 2099년 1월 1일 09:00(KST)까지 보도할 수 없습니다.'],
      ['en', 'Embargoed until 09:00 KST on January 1, 2099. Not for publication before then.'],
    ]) {
      const page = await request.get(`/${locale}/preview/${token}`);
      expect(page.status(), locale).toBe(200);
      const html = await page.text();
      expect(html, locale).toContain(banner);
      expect(html, locale).toContain('아직 공개되지 않은 본문입니다.');
      const file = await request.get(`/${locale}/preview/${token}/downloads/embargoed-future-ko.txt`);
      expect(file.status(), locale).toBe(200);
      expect(await file.text(), locale).toContain('Kim Min-ji, Yonhap 님께 제공');
    }
    // The English page's words are English, the release's Korean, and each says so.
    const english = await (await request.get(`/en/preview/${token}`)).text();
    expect(english).toMatch(/<article lang="en"/);
    expect(english).toMatch(/<h1 lang="ko"/);
    expect(english).toMatch(/<div lang="ko" class="release-body/);
    // Around it the page speaks its own language: the organisation, its topics, contacts, the quote's attribution.
    expect(english).not.toContain('예시전자');
    expect(english).not.toContain('김보도');
    expect(english).toContain('href="/en/tags/partners"');
    expect(english).toContain('Example Corp press release, January 1, 2099');
    // No side-by-side view for a release without a translation; no file it does not have.
    expect((await request.get(`/ko/preview/${token}/side-by-side`)).status()).toBe(404);
    expect((await request.get(`/ko/preview/${token}/downloads/embargoed-future-en.txt`)).status()).toBe(404);
  });

  test('states the embargo without leaving one word on a line of its own, on a phone and a desktop', async ({ page }) => {
    const token = previewToken();
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const locale of ['ko', 'en']) {
        await page.goto(`/${locale}/preview/${token}`);
        // The embargo line's words by the line box they are set on.
        const lines = await page
          .getByRole('note')
          .locator('p')
          .first()
          .evaluate((line) => {
            const text = line.firstChild as Text;
            const range = document.createRange();
            const words: { top: number; word: string }[] = [];
            for (const match of text.data.matchAll(/\S+/g)) {
              range.setStart(text, match.index);
              range.setEnd(text, match.index + match[0].length);
              words.push({ top: Math.round(range.getBoundingClientRect().top), word: match[0] });
            }
            return Object.values(Object.groupBy(words, ({ top }) => top)).map((onLine) => onLine!.map(({ word }) => word).join(' '));
          });
        expect(lines.at(-1)!.split(' ').length, `${locale} at ${width} px: ${lines.join(' / ')}`).toBeGreaterThan(1);
      }
    }
  });
});

test.describe('a renamed release (redirect_from: [picture-release])', () => {
  test('answers every old address with a 308 to its new one', async ({ request }) => {
    for (const [old, now] of [
      ['/ko/releases/picture-release', '/ko/releases/with-image'],
      ['/en/releases/picture-release/side-by-side', '/en/releases/with-image/side-by-side'],
      ['/en/releases/picture-release/opengraph-image', '/en/releases/with-image/opengraph-image'],
      ['/downloads/picture-release-ko-en.pdf', '/downloads/with-image-ko-en.pdf'],
      ['/downloads/picture-release-press-kit.zip', '/downloads/with-image-press-kit.zip'],
      ['/media/picture-release/production-line-960w.webp', '/media/with-image/production-line-960w.webp'],
    ]) {
      const response = await request.get(old!, { maxRedirects: 0 });
      expect(response.status(), old).toBe(308);
      expect(new URL(response.headers()['location']!, 'http://x').pathname, old).toBe(now);
      expect((await request.get(now!)).status(), now).toBe(200);
    }
    // A language-free permalink picks the language first, then follows the rename.
    expect((await request.get('/releases/picture-release', { headers: { 'Accept-Language': 'en' } })).url()).toMatch(
      /\/en\/releases\/with-image$/,
    );
  });
});

test.describe("a press kit's description", () => {
  test('names what it holds: both languages, and the photos of a release that has them', async ({ page }) => {
    await page.goto('/en/releases/with-image');
    await expect(page.getByRole('region', { name: 'Downloads' })).toContainText(
      'Everything in one file: the full text in Korean and English in every format, the original photo and a README',
    );
    await page.goto('/ko/releases/first-release');
    await expect(page.getByRole('region', { name: '다운로드' })).toContainText(
      '한 파일에 모두: 본문 전체(국문·영문, 모든 형식)과 안내 파일(README)',
    );
  });
});

test.describe('a release without a translation', () => {
  test('has no side-by-side view, no link to one and no English alternate', async ({ page, request }) => {
    await page.goto('/ko/releases/korean-only');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('한국어로만 낸 보도자료');
    await expect(page.getByRole('link', { name: '영문 번역과 나란히 보기 (국영문 대조)' })).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveCount(1);
    expect((await request.get('/ko/releases/korean-only/side-by-side')).status()).toBe(404);
    expect((await request.get('/downloads/korean-only-ko-en.txt')).status()).toBe(404);
    expect((await request.get('/downloads/korean-only-en.txt')).status()).toBe(404);
    // Nor does its press kit promise English.
    await expect(page.getByRole('region', { name: '다운로드' })).toContainText('본문 전체(국문, 모든 형식)과 안내 파일(README)');
  });

  test('the English list shows it in Korean, marked, linking to the original', async ({ page }) => {
    await page.goto('/en');
    const item = page.getByRole('listitem').filter({ hasText: '한국어로만 낸 보도자료' });
    await expect(item).toContainText('Korean only');
    await expect(item.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'ko');
    await expect(item.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', '/ko/releases/korean-only');
  });

  test('the language switch leads to a page that points to the original, kept out of search', async ({ page }) => {
    await page.goto('/ko/releases/korean-only');
    await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/releases/korean-only');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This release is available in Korean only');
    const original = page.getByRole('main').getByRole('link', { name: '한국어로만 낸 보도자료' });
    await expect(original).toHaveAttribute('href', '/ko/releases/korean-only');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/ko/releases/korean-only');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('a translated release does link to its side-by-side view', async ({ page }) => {
    await page.goto('/ko/releases/first-release');
    await page.getByRole('link', { name: '영문 번역과 나란히 보기 (국영문 대조)' }).click();
    await expect(page.locator('.pair')).toHaveCount(3);
  });
});

test.describe('the newsroom around a release', () => {
  for (const [locale, about, boilerplate, contact, name, role] of [
    ['ko', '예시전자 소개', '예시전자는 테스트를 위해 만든 가상의 회사입니다.', '보도 문의', '김보도', '홍보팀 책임'],
    [
      'en',
      'About Example Corp',
      'Example Corp is a fictitious company made up for tests.',
      'Media inquiries',
      'Bodo Kim',
      'Head of Communications',
    ],
  ] as const) {
    test(`${locale}: the release ends with the boilerplate and the media contact, linked`, async ({ page }) => {
      await page.goto(`/${locale}/releases/first-release`);
      await expect(
        page.getByRole('banner').getByRole('link', { name: locale === 'ko' ? '예시전자 예시 뉴스룸' : 'Example Corp Example Newsroom' }),
      ).toBeVisible();
      await expect(page.getByRole('region', { name: about })).toContainText(boilerplate);
      const contacts = page.getByRole('region', { name: contact });
      await expect(contacts).toContainText(`${name}, ${role}`);
      await expect(contacts.getByRole('link', { name: 'press@example.com' })).toHaveAttribute('href', 'mailto:press@example.com');
      await expect(contacts.getByRole('link', { name: '+82-2-555-0100' })).toHaveAttribute('href', 'tel:+8225550100');
    });
  }

  test('the 404 page names the fixture newsroom: it comes from the build, not from content/ at request time', async ({ page }) => {
    // This server runs without CONTENT_DIR: reading content now would find the real newsroom.
    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Example Corp Example Newsroom' })).toBeVisible();
  });

  test("a release that names its own contact shows it instead of the newsroom's", async ({ page }) => {
    await page.goto('/ko/releases/korean-only');
    const contacts = page.getByRole('region', { name: '보도 문의' });
    await expect(contacts).toContainText('이담당, 제품 문의');
    await expect(contacts).not.toContainText('김보도');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('a release with an image', () => {
  test('shows sized copies that do not shift the page, with caption, credit and the original to download', async ({ page, request }) => {
    await page.goto('/ko/releases/with-image');
    const figure = page.locator('#p-2 figure');
    const image = figure.getByRole('img', { name: '컨베이어 위 부품들을 위에서 내려다본 그림' });
    await expect(image).toHaveAttribute('width', '1600');
    await expect(image).toHaveAttribute('height', '900');
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute(
      'srcset',
      '/media/with-image/production-line-480w.webp 480w, /media/with-image/production-line-960w.webp 960w, ' +
        '/media/with-image/production-line-1440w.webp 1440w',
    );
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
    await expect(figure.locator('figcaption')).toContainText('예시전자의 새 생산 라인 사진=예시전자');
    const original = figure.getByRole('link', { name: '원본 다운로드 (1600×900, 26.8 KB)' });
    await expect(original).toHaveAttribute('href', '/media/with-image/production-line.jpg');
    const response = await request.get('/media/with-image/production-line.jpg');
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect((await response.body()).byteLength).toBeGreaterThan(20_000);
    // with-image is not rendered ahead (PRERENDERED_RELEASES=1): its images are made on request, with validators.
    const etag = response.headers()['etag']!;
    expect(etag).toMatch(/^"[0-9a-f]{20}-production-line\.jpg"$/);
    const matched = await request.get('/media/with-image/production-line.jpg', { headers: { 'If-None-Match': etag } });
    expect(matched.status()).toBe(304);
    expect(matched.headers()['etag']).toBe(etag);
    expect((await request.get('/media/with-image/production-line-960w.webp')).headers()['content-type']).toBe('image/webp');
    for (const missing of [
      '/media/with-image/nope.jpg',
      '/media/first-release/production-line.jpg',
      '/media/with-image/production-line-2000w.webp',
    ])
      expect((await request.get(missing)).status(), missing).toBe(404);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('side by side shows the image once, with both captions', async ({ page }) => {
    await page.goto('/en/releases/with-image/side-by-side');
    const pair = page.locator('#p-2');
    await expect(pair.getByRole('img')).toHaveCount(1);
    await expect(pair).toContainText('예시전자의 새 생산 라인 사진=예시전자');
    await expect(pair).toContainText("Example Corp's new production line Photo: Example Corp");
    // In the Korean column, the page's English link says it is English: a screen reader reads it so.
    await expect(pair.getByRole('link', { name: /^Download original/ })).toHaveAttribute('lang', 'en');
  });

  test('the feed shows the image from its public address', async ({ request }) => {
    const feed = await (await request.get('/en/feed.xml')).text();
    expect(feed).toContain(
      '<img src="http://localhost:3000/media/with-image/production-line.jpg" alt="Parts on a conveyor, drawn from above"',
    );
  });
});
