import { expect, test, type Page } from '@playwright/test';
import { everyPageType, SLUG } from '../seed';
import { webFontSwappedIn } from './web-font';

// The design pass (issue 22) as a reader meets it, at 1280 and 390 px, in both languages and
// both colour schemes: where things are and how many (accessibility.spec.ts runs axe in both schemes).

const release = (locale: string) => `/${locale}/releases/${SLUG}`;

/** Quote controls a reader can see (not those kept for the keyboard, one pixel in size). */
const visibleQuoteControls = (page: Page) =>
  page.locator('.quote-button').evaluateAll(
    (buttons) =>
      buttons.filter((button) => {
        const box = button.getBoundingClientRect();
        return box.width > 2 && box.height > 2 && getComputedStyle(button).opacity !== '0';
      }).length,
  );

for (const locale of ['ko', 'en'] as const) {
  test(`${locale}: the lede starts within the first phone screen, with room below it`, { tag: '@phone' }, async ({ page }) => {
    await page.goto(release(locale));
    const top = await page.locator('#p-1').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThanOrEqual(780);
  });

  test(`${locale}: tapping a paragraph shows its quote and link over the page, and nothing moves`, { tag: '@phone' }, async ({ page }) => {
    await page.goto(release(locale));
    await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
    await webFontSwappedIn(page);
    const tops = () =>
      page
        .locator('.release-block')
        .evaluateAll((blocks) => blocks.map((block) => Math.round(block.getBoundingClientRect().top + window.scrollY)));
    const before = await tops();
    await page.locator('#p-7 .block-text').tap();
    const quote = page.locator('#p-7 button[data-quote]');
    await expect(quote).toBeVisible();
    expect(await tops()).toEqual(before);
    for (const button of [quote, page.locator('#p-7 button[data-paragraph-link]')]) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
  });

  test(`${locale}: the header leads with the press kit, named with its size, then share and the side-by-side view`, async ({ page }) => {
    await page.goto(release(locale));
    const header = page.locator('article header');
    const kit = header.getByRole('link', {
      name: locale === 'ko' ? /^보도자료 키트 다운로드 \(ZIP, [\d.]+ KB\)$/ : /^Download press kit \(ZIP, [\d.]+ KB\)$/,
    });
    await expect(kit).toHaveAttribute('href', `/downloads/${SLUG}-press-kit.zip`);
    const share = header.getByRole('group', { name: locale === 'ko' ? '공유' : 'Share' });
    await expect(share.getByRole('button', { name: locale === 'ko' ? '링크 복사' : 'Copy link' })).toBeVisible();
    await expect(share.getByRole('link')).toHaveCount(4);
    const sideBySide = page
      .getByRole('link', { name: locale === 'ko' ? /영문 번역과 나란히 보기/ : /side by side/i })
      .filter({ visible: true });
    await expect(sideBySide).toHaveCount(1);
    const inReadingOrder = await page.evaluate(
      (elements) =>
        elements.every(
          (element, index) => index === 0 || elements[index - 1]!.compareDocumentPosition(element!) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      await Promise.all([kit, share, sideBySide].map((part) => part.elementHandle())),
    );
    expect(inReadingOrder).toBe(true);
  });

  test(`${locale}: downloads name each file for what it is, press kit first`, async ({ page }) => {
    await page.goto(release(locale));
    const downloads = page.getByRole('region', { name: locale === 'ko' ? '다운로드' : 'Downloads' });
    const names = await downloads
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? link.textContent));
    expect(names[0]).toMatch(locale === 'ko' ? /^보도자료 키트 다운로드 \(ZIP/ : /^Download press kit \(ZIP/);
    expect(names.some((name) => name?.includes(SLUG))).toBe(false);
    const expected = {
      ko: [/^국문 PDF 다운로드 \([\d.]+ KB\)$/, /^국문 텍스트 다운로드 \([\d.]+ KB\)$/, /^국영문 대조 Word 문서 다운로드 \([\d.]+ KB\)$/],
      en: [
        /^Download English PDF \([\d.]+ KB\)$/,
        /^Download Korean plain text \([\d.]+ KB\)$/,
        /^Download Korean and English Word document \([\d.]+ KB\)$/,
      ],
    }[locale];
    expect(names).toEqual(expect.arrayContaining(expected.map((name) => expect.stringMatching(name))));
  });

  test(`${locale}: each language's downloads start where the others' do, its label beside them or, on a phone, above`, async ({ page }) => {
    await page.goto(release(locale));
    await webFontSwappedIn(page);
    const downloads = page.getByRole('region', { name: locale === 'ko' ? '다운로드' : 'Downloads' });
    const boxes = await downloads.locator('dl > div').evaluateAll((groups) =>
      groups.map((group) => {
        const [label, links] = [group.querySelector('dt')!, group.querySelector('dd')!].map((element) => element.getBoundingClientRect());
        return {
          labelX: label!.x,
          labelLines: Math.round(label!.height / parseFloat(getComputedStyle(group.querySelector('dt')!).lineHeight)),
          linksX: links!.x,
          beside: links!.top < label!.bottom,
        };
      }),
    );
    expect(boxes).toHaveLength(3);
    const phone = page.viewportSize()!.width < 640;
    for (const box of boxes) {
      expect(box).toMatchObject({ labelX: boxes[0]!.labelX, linksX: boxes[0]!.linksX, beside: !phone });
      expect(box.labelLines, 'a label on one line').toBe(1);
    }
  });

  test(
    `${locale}: on a phone no quote control shows until a paragraph is tapped; the keyboard still reaches each`,
    { tag: '@phone' },
    async ({ page }) => {
      await page.goto(release(locale));
      await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
      expect(await visibleQuoteControls(page)).toBe(0);
      await page.locator('#p-3 .block-text').tap();
      expect(await visibleQuoteControls(page)).toBe(2);
      await expect(page.locator('#p-3').getByRole('button')).toHaveCount(2);
      await page.locator('#p-3 .block-text').tap();
      expect(await visibleQuoteControls(page)).toBe(0);
      await page.locator('#p-5 button[data-quote]').focus();
      expect(await visibleQuoteControls(page)).toBeGreaterThanOrEqual(1);
    },
  );

  test(`${locale}: print stays light and says where it came from`, { tag: '@desktop' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto(release(locale));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expect(page.locator('article > p').first()).toBeVisible();
    await expect(page.locator('article > p').last()).toContainText(`/${locale}/releases/${SLUG}`);
    // The paper is dated as printing starts (beforeprint), once the page has hydrated: the web font's loader comes later still.
    await webFontSwappedIn(page);
    await page.pdf();
    await expect(page.locator('article > p').last().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  });

  test(`${locale}: the 404 has the site's header and footer, a search box and the three newest releases`, async ({ page }) => {
    for (const path of [`/${locale}/releases/no-such-release`, `/${locale}/no/such/page`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      // The site's own header: search, the topics (a row on desktop, a menu on phones), the other language.
      const banner = page.getByRole('banner');
      await expect(banner.getByRole('link', { name: locale === 'ko' ? '검색' : 'Search', exact: true }), path).toBeVisible();
      await expect(
        banner
          .getByRole('link', { name: locale === 'ko' ? '동반성장' : 'Shared growth' })
          .or(banner.getByText(locale === 'ko' ? '주제' : 'Topics', { exact: true }))
          .filter({ visible: true })
          .first(),
        path,
      ).toBeVisible();
      const languages = banner.getByRole('navigation', { name: locale === 'ko' ? '언어 선택' : 'Choose language' });
      await expect(languages.getByRole('link', { name: locale === 'ko' ? 'English' : '한국어' }), path).toBeVisible();
      const main = page.getByRole('main');
      await expect(main.getByRole('search').getByRole('searchbox')).toBeVisible();
      await expect(main.getByRole('region').getByRole('link')).toHaveCount(1);
      await expect(
        page
          .getByRole('contentinfo')
          .filter({ visible: true })
          .getByRole('link', { name: locale === 'ko' ? '보도자료 피드 (Atom)' : 'Press release feed (Atom)' }),
      ).toBeVisible();
      await main.getByRole('searchbox').fill('LG');
      await main.getByRole('searchbox').press('Enter');
      await expect(page).toHaveURL(`/${locale}/search?q=LG`);
    }
  });
}

for (const locale of ['ko', 'en'] as const) {
  test(
    `${locale}: on a 360 px phone the header is one row, in the system's face and in Pretendard`,
    { tag: '@phone' },
    async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      let letFontThrough = () => {};
      const held = new Promise<void>((resolve) => (letFontThrough = resolve));
      await page.route('**/*.woff2', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(release(locale), { waitUntil: 'load' });
      // The name, the topics and the search and language links: their tops, and the header's height.
      const row = () =>
        page
          .locator('body > header > div')
          .evaluate((header) => [
            [...header.children].map((child) => Math.round(child.getBoundingClientRect().top)),
            Math.round(header.getBoundingClientRect().height),
          ]);
      const before = await row();
      expect(new Set(before[0] as number[]).size).toBe(1);
      letFontThrough();
      await webFontSwappedIn(page);
      // Nothing under the header moves when the face changes, and a thumb aimed at a link still finds it.
      expect(await row()).toEqual(before);
    },
  );
}

for (const locale of ['ko', 'en'] as const) {
  const [topics, sharedGrowth] = locale === 'ko' ? ['주제', '동반성장'] : ['Topics', 'Shared growth'];

  test(
    `${locale}: the phone's topic menu closes on Escape, on a tap beside it, and once a topic is chosen`,
    { tag: '@phone' },
    async ({ page }) => {
      await page.goto(release(locale));
      const banner = page.getByRole('banner');
      const opener = banner.getByText(topics, { exact: true });
      const topic = banner.getByRole('link', { name: sharedGrowth });
      await expect(topic).toBeHidden();
      await opener.tap();
      await expect(topic).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(topic).toBeHidden();
      await opener.tap();
      await page.locator('#p-2 .block-text').tap();
      await expect(topic).toBeHidden();
      // Chosen once the page has hydrated: the topic's page comes without a document load, under the same header.
      await page.waitForFunction(() => document.documentElement.dataset.quotes === 'ready');
      await opener.tap();
      await topic.tap();
      await expect(page).toHaveURL(`/${locale}/tags/shared-growth`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(sharedGrowth);
      await expect(topic).toBeHidden();
      // From the keyboard: the menu opens on Enter, and Tab goes on into it.
      await opener.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(banner.getByRole('link').filter({ visible: true }).and(page.locator(':focus'))).toHaveText(sharedGrowth);
      // The 404 holds every language's header: each button opens its own language's menu.
      await page.goto(`/${locale}/no/such/page`);
      await opener.tap();
      await expect(topic).toBeVisible();
    },
  );

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });
    test(`${locale}: the phone's topic menu opens`, { tag: '@phone' }, async ({ page }) => {
      await page.goto(release(locale));
      await page.getByRole('banner').getByText(topics, { exact: true }).tap();
      await expect(page.getByRole('banner').getByRole('link', { name: sharedGrowth })).toBeVisible();
    });
  });
}

test('a paragraph opened through its link stays where it is when Pretendard swaps in', { tag: '@phone' }, async ({ page }) => {
  // The font held back until the page has been measured with the system's face.
  let letFontThrough = () => {};
  const held = new Promise<void>((resolve) => (letFontThrough = resolve));
  await page.route('**/*.woff2', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${release('ko')}#p-9`, { waitUntil: 'load' });
  const top = () =>
    page.locator('#p-9').evaluate(async (element) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return Math.round(element.getBoundingClientRect().top);
    });
  // The face goes on only once its slices are in, so until they are let through the page keeps the system's.
  const before = await top();
  expect(before).toBeGreaterThan(0);
  await expect(page.locator('html')).not.toHaveClass(/\bweb-font\b/);
  letFontThrough();
  await webFontSwappedIn(page);
  expect(await page.evaluate(() => [...document.fonts].some((font) => font.family === 'Pretendard' && font.status === 'loaded'))).toBe(
    true,
  );
  expect(await top()).toBe(before);
});

test(
  'until Pretendard arrives, Hangul is set at its width, so the swap re-wraps next to nothing',
  { tag: '@desktop' },
  async ({ page }) => {
    let letFontThrough = () => {};
    const held = new Promise<void>((resolve) => (letFontThrough = resolve));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/ko', { waitUntil: 'load' });
    // Android's Korean face, and Linux's: the one the site adjusts (app/globals.css).
    const hasNoto = await page.evaluate(() =>
      new FontFace('probe', "local('Noto Sans CJK KR Regular'), local('NotoSansCJKkr-Regular')").load().then(
        () => true,
        () => false,
      ),
    );
    test.skip(!hasNoto, 'this machine has no Noto Sans CJK KR to set Hangul in before the swap');
    const hangulWidth = () =>
      page.locator('main h1').evaluate((heading) => {
        const probe = heading.appendChild(document.createElement('span'));
        probe.textContent = '동반성장협력사스마트공장';
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width;
      });
    const before = await hangulWidth();
    letFontThrough();
    await webFontSwappedIn(page);
    // Within 1 % (unadjusted, 6 %): on Lighthouse's phone, 412 px wide, /ko's topics took a second
    // line in the system's Hangul and the page below moved by 48 px when Pretendard came.
    expect(Math.abs((await hangulWidth()) / before - 1)).toBeLessThan(0.01);
  },
);

test('English runs at most 75 characters a line', { tag: '@desktop' }, async ({ page }) => {
  await page.goto(release('en'));
  const longest = await page.locator('.release-body .block-text p').evaluateAll((paragraphs) => {
    let most = 0;
    for (const paragraph of paragraphs) {
      const text = paragraph.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      const lines = new Map<number, number>();
      for (let index = 0; index < text.textContent!.length; index++) {
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
      most = Math.max(most, ...lines.values());
    }
    return most;
  });
  expect(longest).toBeGreaterThan(40);
  expect(longest).toBeLessThanOrEqual(75);
});

test('the side-by-side columns set the text as the release page does', async ({ page }) => {
  const typeOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((p) => [getComputedStyle(p).fontSize, getComputedStyle(p).lineHeight]);
  await page.goto(release('en'));
  const article = await typeOf('#p-2 .block-text p');
  await page.goto(`${release('en')}/side-by-side`);
  expect(await typeOf('.side-by-side [lang="ko"] .release-body p')).toEqual(article);
  expect(await typeOf('.side-by-side [lang="en"] .release-body p')).toEqual(article);
  expect(article).toEqual(['17px', '30.6px']);
});

test(
  'Pretendard loads once the first page has loaded, and on later pages from their first paint',
  { tag: '@desktop' },
  async ({ page }) => {
    const slices: number[] = [];
    page.on('request', (request) => {
      if (/\/fonts\/.+\.woff2$/.test(request.url())) slices.push(Date.now());
    });
    await page.goto(release('ko'), { waitUntil: 'load' });
    const loaded = Date.now();
    // Never on the way to the first paint: the faces are known (in the site's stylesheet), but no
    // slice is preloaded, and none is asked for before `load`.
    await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveClass(/\bweb-font\b/);
    await expect
      .poll(() =>
        page.evaluate(() => [...document.fonts].filter((font) => font.family === 'Pretendard' && font.status === 'loaded').length),
      )
      .toBeGreaterThan(0);
    expect(slices.length).toBeGreaterThan(0);
    expect(Math.min(...slices)).toBeGreaterThanOrEqual(loaded);
    // The next page of the visit has the faces and puts them to use as its body's first element
    // after the script that does it (the skip link) is parsed.
    await page.addInitScript(() =>
      new MutationObserver((_, observer) => {
        if (!document.body?.querySelector(':scope > a')) return;
        observer.disconnect();
        const faces = [...document.fonts].filter((font) => font.family === 'Pretendard').length;
        Object.assign(window, { atSkipLink: { faces, early: document.documentElement.classList.contains('web-font') } });
      }).observe(document, { childList: true, subtree: true }),
    );
    await page.goto(release('en'));
    const atSkipLink = await page.evaluate(() => (window as unknown as { atSkipLink: { faces: number; early: boolean } }).atSkipLink);
    expect(atSkipLink.early).toBe(true);
    expect(atSkipLink.faces).toBeGreaterThan(0);
  },
);

test('the first paint waits for one stylesheet, and for no script in the head', { tag: '@desktop' }, async ({ request }) => {
  // An inline script after the stylesheet stops the parser in the head until the stylesheet is
  // in, and until the parser reaches the body Chrome sends one of the page's scripts at a time:
  // on slow 4G, hydration came 650 ms later on every page (the web font's early script, once there).
  // A second stylesheet (Pretendard's faces, once) held the first paint 150 ms there.
  for (const path of [...everyPageType('ko'), ...everyPageType('en')]) {
    const head = (await (await request.get(path)).text()).split('</head>')[0]!;
    expect(head.match(/<script(?![^>]*\ssrc=)[^>]*>/g), path).toBeNull();
    expect(head.match(/<link rel="stylesheet"[^>]*>/g), path).toEqual([expect.stringMatching(/href="\/_next\/static\/[^"]+\.css"/)]);
  }
});

for (const locale of ['ko', 'en'] as const) {
  test(`${locale}: Pretendard swaps in once, every slice the text takes loaded before the face is put to use`, async ({ page }) => {
    // What the faces were doing when the class that puts them to use went on, and where every
    // element then stood (a layout with the faces just put to use).
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver(() => {
          if (!document.documentElement.classList.contains('web-font')) return;
          const faces = [...document.fonts].filter((font) => font.family.startsWith('Pretendard') && font.status !== 'unloaded');
          const boxes = [...document.body.querySelectorAll('*')].map((element) => JSON.stringify(element.getBoundingClientRect()));
          (window as unknown as { atSwap?: unknown }).atSwap ??= { faces: faces.map((font) => font.status), boxes };
        }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] }),
      ),
    );
    await page.goto(release(locale));
    await webFontSwappedIn(page);
    const atSwap = await page.evaluate(() => (window as unknown as { atSwap: { faces: string[]; boxes: string[] } }).atSwap);
    expect(atSwap.faces.length).toBeGreaterThan(0);
    expect(atSwap.faces.filter((status) => status !== 'loaded')).toEqual([]);
    // Nothing shown at the swap moved once every face had come: no second re-wrap.
    const after = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')].map((element) => JSON.stringify(element.getBoundingClientRect())),
    );
    const shown = (box: string) => (JSON.parse(box) as DOMRect).width > 0;
    const moved = atSwap.boxes.filter((box, index) => shown(box) && box !== after[index]);
    expect(atSwap.boxes.filter(shown).length).toBeGreaterThan(100);
    expect(moved).toEqual([]);
  });
}

/** The faces Chromium set an element's text in, by the family names their files carry. */
async function facesOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => font.familyName);
}

test(
  'the Korean release page loads at most 150 KB of font, and sets its Latin and digits in Pretendard too',
  { tag: '@desktop' },
  async ({ page }) => {
    const bytes = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.url().endsWith('.woff2')) bytes.set(response.url(), (await response.body()).byteLength);
    });
    await page.goto(release('ko'), { waitUntil: 'load' });
    await webFontSwappedIn(page);
    await expect.poll(() => bytes.size).toBeGreaterThan(1);
    const total = [...bytes.values()].reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    // "LG이노텍" and "2022" in the lede: one face for both scripts.
    await expect(page.locator('#p-1 .block-text')).toContainText(/LG이노텍.*\d/);
    expect(await facesOf(page, '#p-1 .block-text p')).toEqual([expect.stringMatching(/^Pretendard/)]);
  },
);

test("English text keeps the system's Latin, and takes only Hangul from Pretendard", { tag: '@desktop' }, async ({ page }) => {
  await page.goto(release('en'), { waitUntil: 'load' });
  await webFontSwappedIn(page);
  expect(await facesOf(page, '#p-1 .block-text p')).not.toContainEqual(expect.stringMatching(/^Pretendard/));
  // The language switch names Korean in Korean.
  expect(await facesOf(page, 'a[lang="ko"][hreflang="ko"]')).toContainEqual(expect.stringMatching(/^Pretendard/));
});

/**
 * Controls a finger can miss: every visible link, button, summary and form control smaller than
 * 44×44 px, except links inside running text (WCAG 2.5.8's inline exception).
 */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary, select, input:not([type="hidden"])')].flatMap((control) => {
      const box = control.getBoundingClientRect();
      const style = getComputedStyle(control);
      if (box.width <= 2 || box.height <= 2 || style.visibility === 'hidden' || style.opacity === '0') return [];
      const sentence = control.closest('p, [role="note"], .block-text');
      if (control.tagName === 'A' && sentence && sentence.textContent?.trim() !== control.textContent?.trim()) return [];
      return box.width >= 44 && box.height >= 44
        ? []
        : [
            `${control.tagName.toLowerCase()} ` +
              `"${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40)}" ` +
              `${Math.round(box.width)}×${Math.round(box.height)}`,
          ];
    }),
  );

for (const [locale, query, marked, title, name] of [
  ['ko', '협력사', '협력사', 'LG이노텍, 협력사 상생으로 고객경험 혁신할 것', 'LG이노텍 Press Center'],
  [
    'en',
    'suppliers',
    'Suppliers',
    'LG Innotek to Transform Customer Experience by Growing Together with Suppliers',
    'LG Innotek Press Center',
  ],
] as const) {
  test(
    `${locale}: on a touch screen a link's words stay one run of text, its highlights and spaces in line`,
    { tag: '@phone' },
    async ({ page }) => {
      // innerText puts a line break between boxes laid out apart: a link must not split its words into blocks.
      await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
      const result = page.getByRole('main').getByRole('link', { name: title });
      await expect(result.locator('mark')).toHaveText(marked);
      expect(await result.evaluate((link: HTMLElement) => link.innerText)).toBe(title);
      await page.setViewportSize({ width: 800, height: 900 });
      const home = page.getByRole('banner').getByRole('link', { name });
      expect(await home.evaluate((link: HTMLElement) => link.innerText)).toBe(name);
    },
  );
}

for (const locale of ['ko', 'en'] as const) {
  for (const path of everyPageType(locale)) {
    test(`${path}: every control a finger taps on a phone is at least 44×44 px`, { tag: '@phone' }, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
    });
  }
}
