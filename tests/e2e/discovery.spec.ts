import { expect, test, type Page } from '@playwright/test';
import { SLUG } from '../seed';
import { countAnnouncements } from './announcements';

const ORIGIN = 'http://localhost:3000'; // SITE_URL's default: the build under test sets none
const releaseUrl = (locale: string) => `${ORIGIN}/${locale}/releases/${SLUG}`;

/** Parses XML with the browser's own parser and returns what a query finds, failing on malformed XML. */
async function queryXml(page: Page, xml: string, selector: string, attribute?: string) {
  return page.evaluate(
    ([source, query, name]) => {
      const doc = new DOMParser().parseFromString(source!, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('malformed XML');
      return [...doc.querySelectorAll(query!)].map((node) => (name ? node.getAttribute(name) : node.textContent));
    },
    [xml, selector, attribute] as const,
  );
}

test.describe('release page head', { tag: '@desktop' }, () => {
  for (const [locale, other, ogLocale, otherOgLocale, description] of [
    // Each language's summary: in Korean, the opening sentence of paragraph 2 (the news).
    ['ko', 'en', 'ko_KR', 'en_US', /^LG이노텍\(대표 정철동, 011070\)이 .* 21일 밝혔다\.$/],
    // In English, the same news, at most 160 characters.
    [
      'en',
      'ko',
      'en_US',
      'ko_KR',
      new RegExp(
        '^LG Innotek said on September 21 that it was rated “Excellent” in the 2021 Win-Win Growth Index ' +
          'released by the Korea Commission for Corporate Partnership\\.$',
      ),
    ],
  ] as const) {
    test(`${locale}: canonical, hreflang, Open Graph, Twitter card and feed`, async ({ page }) => {
      await page.goto(`/${locale}/releases/${SLUG}`);
      const head = page.locator('head');
      const meta = (key: string) => head.locator(`meta[property="${key}"], meta[name="${key}"]`);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', releaseUrl(locale));
      await expect(head.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute('href', releaseUrl(locale));
      await expect(head.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', releaseUrl(other));
      await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${ORIGIN}/releases/${SLUG}`);
      await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
        'href',
        `${ORIGIN}/${locale}/feed.xml`,
      );
      await expect(meta('og:type')).toHaveAttribute('content', 'article');
      await expect(meta('og:url')).toHaveAttribute('content', releaseUrl(locale));
      await expect(meta('og:locale')).toHaveAttribute('content', ogLocale);
      await expect(meta('og:locale:alternate')).toHaveAttribute('content', otherOgLocale);
      await expect(meta('article:published_time')).toHaveAttribute('content', '2022-09-21T00:00:00+09:00');
      await expect(meta('og:image')).toHaveAttribute('content', new RegExp(`^${releaseUrl(locale)}/opengraph-image`));
      await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
      await expect(meta('description')).toHaveAttribute('content', description);
      await expect(meta('og:description')).toHaveAttribute('content', description);
      await expect(meta('og:title')).toHaveAttribute('content', (await page.locator('h1').textContent())!);
    });
  }

  test('JSON-LD describes the NewsArticle, its translation and its publisher', async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const [article, organization] = data['@graph'];
    expect(data['@context']).toBe('https://schema.org');
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'LG Innotek to Transform Customer Experience by Growing Together with Suppliers',
      datePublished: '2022-09-21T00:00:00+09:00',
      inLanguage: 'en',
      url: releaseUrl('en'),
      publisher: { '@id': organization['@id'] },
      translationOfWork: [{ '@type': 'NewsArticle', url: releaseUrl('ko'), inLanguage: 'ko' }],
    });
    expect(organization).toMatchObject({
      '@type': 'Organization',
      name: 'LG Innotek',
      alternateName: ['LG이노텍'],
      url: 'https://www.lginnotek.com',
    });
  });
});

test.describe('share image, feed and sitemap', { tag: '@desktop' }, () => {
  test('each language has its own 1200×630 PNG share image', async ({ request }) => {
    const images = await Promise.all(
      ['ko', 'en'].map(async (locale) => {
        const response = await request.get(`/${locale}/releases/${SLUG}/opengraph-image`);
        expect(response.headers()['content-type']).toBe('image/png');
        const png = await response.body();
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
        return png;
      }),
    );
    expect(images[0]!.equals(images[1]!)).toBe(false);
  });

  test('the Atom feed parses and has one entry per published release', async ({ page, request }) => {
    const response = await request.get('/en/feed.xml');
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(await queryXml(page, xml, 'feed > entry > id')).toEqual([releaseUrl('en')]);
    expect(await queryXml(page, xml, 'feed > entry > link', 'href')).toEqual([releaseUrl('en')]);
    expect(await queryXml(page, xml, 'feed > entry > summary')).toEqual([expect.stringContaining('Win-Win Growth Index')]);
    expect(await queryXml(page, xml, 'feed > entry > updated')).toEqual(['2022-09-20T15:00:00.000Z']);
  });

  test('the sitemap lists every page with its language alternates, and robots.txt points to it', async ({ page, request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const urls = await queryXml(page, xml, 'url > loc');
    const both = (path: string) => [`${ORIGIN}/ko${path}`, `${ORIGIN}/en${path}`];
    expect(urls).toEqual([
      ...both(''),
      ...['shared-growth', 'suppliers', 'smart-factory', 'esg'].flatMap((tag) => both(`/tags/${tag}`)),
      ...both('/archive/2022'),
      releaseUrl('ko'),
      releaseUrl('en'),
      `${releaseUrl('ko')}/side-by-side`,
      `${releaseUrl('en')}/side-by-side`,
    ]);
    const alternates = await queryXml(page, xml, 'url:nth-of-type(13) > link', 'href');
    expect(alternates).toEqual([releaseUrl('ko'), releaseUrl('en')]);
    expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});

test.describe('share controls', () => {
  test('share links carry the encoded canonical URL, with the paragraph fragment', async ({ page }) => {
    await page.goto(`/en/releases/${SLUG}#p-3`);
    const share = page.getByRole('group', { name: 'Share' });
    const encoded = encodeURIComponent(`${releaseUrl('en')}#p-3`);
    await expect(share.getByRole('link', { name: /^Share on LinkedIn/ })).toHaveAttribute(
      'href',
      `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
    );
    await expect(share.getByRole('link', { name: /^Share on X/ })).toHaveAttribute(
      'href',
      new RegExp(`^https://x\\.com/intent/tweet\\?url=${encoded.replace(/[.%]/g, '\\$&')}&text=LG%20Innotek`),
    );
    await expect(share.getByRole('link', { name: /^Share on Facebook/ })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    );
    await expect(share.getByRole('link', { name: 'Share by email', exact: true })).toHaveAttribute(
      'href',
      new RegExp(`body=${encoded.replace(/[.%]/g, '\\$&')}$`),
    );
  });

  test('copy link puts the canonical URL on the clipboard and confirms it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/ko/releases/${SLUG}`);
    const share = page.getByRole('group', { name: '공유' });
    await share.getByRole('button', { name: '링크 복사', exact: true }).click();
    await expect(share.getByRole('status')).toHaveText('링크를 복사했습니다.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(releaseUrl('ko'));
    // A paragraph's anchor goes along; the skip link's (#main) is no place in the release.
    const email = share.locator('a[href^="mailto:"]');
    await page.goto(`/ko/releases/${SLUG}#p-3`);
    await expect(email).toHaveAttribute('href', /%23p-3$/);
    await share.getByRole('button', { name: '링크 복사', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${releaseUrl('ko')}#p-3`);
    await page.evaluate(() => (window.location.hash = 'main'));
    await expect(email).not.toHaveAttribute('href', /%23/);
    await share.getByRole('button', { name: '링크 복사', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(releaseUrl('ko'));
  });

  test('a second copy is announced again, not only the first', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/releases/${SLUG}`);
    const share = page.getByRole('group', { name: 'Share' });
    const announcements = await countAnnouncements(share.getByRole('status'));
    for (const copies of [1, 2]) {
      await share.getByRole('button', { name: 'Copy link', exact: true }).click();
      await expect.poll(announcements).toBe(copies);
      await expect(share.getByRole('status')).toHaveText('Link copied.');
    }
  });
});
