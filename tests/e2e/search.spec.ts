import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { countDateFormats, dateFormatsMade } from './date-formats';
import { layoutShiftSum, recordLayoutShifts } from './layout-shift';
import { webFontSwappedIn } from './web-font';

// Runs against the 48-release newsroom (tests/fixtures/newsroom.mts): by turns, a release's second
// paragraph is about 스마트 공장 / smart factories, 동반성장 / Win-Win Growth, or 카메라모듈 /
// camera modules (16 each); every sixth release is Korean only.

const box = (page: Page) => page.getByRole('searchbox');
const status = (page: Page) => page.getByRole('status');
const results = (page: Page) => page.getByRole('main').getByRole('listitem');

test('results follow the query as it is typed, highlighted, without a reload, and the address keeps the query', async ({ page }) => {
  await page.goto('/ko/search');
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await box(page).pressSequentially('스마트공장');
  await expect(status(page)).toHaveText('“스마트공장”에 해당하는 보도자료 16건');
  await expect(page).toHaveURL(`/ko/search?q=${encodeURIComponent('스마트공장')}`);
  await expect(results(page)).toHaveCount(10);
  const first = results(page).first();
  await expect(first.locator('mark')).toHaveText('스마트 공장');
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/ko\/releases\/release-\d\d#p-2$/);
  expect(await page.evaluate(() => 'stillHere' in window)).toBe(true);

  await page.getByRole('button', { name: '검색 결과 더 보기' }).click();
  await expect(results(page)).toHaveCount(16);
  await expect(results(page).last().locator('mark')).toHaveText('스마트 공장');
  await expect(page.getByRole('button', { name: '검색 결과 더 보기' })).toHaveCount(0);

  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/ko\/releases\/release-\d\d#p-2$/);
  await expect(page.locator('#p-2')).toContainText('스마트 공장');
});

test('an English word on the Korean search finds the English text and links there', async ({ page }) => {
  await page.goto('/ko/search?q=suppliers');
  await expect(status(page)).toHaveText('“suppliers”에 해당하는 보도자료 16건');
  const first = results(page).first();
  await expect(first.getByRole('article')).toHaveAttribute('lang', 'en');
  await expect(first).toContainText('영문');
  await expect(first.locator('mark')).toHaveText('suppliers');
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/en\/releases\/release-\d\d#p-2$/);
});

test('a shared search opens with its results, and the language switch keeps the query', async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent('성장')}`);
  await expect(box(page)).toHaveValue('성장');
  await expect(status(page)).toHaveText('16 press releases match “성장”.');
  await expect(results(page).first()).toContainText('In Korean');
  // The web font comes once the results are on screen; on a phone its narrower letters then bring
  // the header's second row (search, language) up beside the name, and a tap aimed before that
  // lands where the link was. A reader taps once the page has stopped moving.
  await webFontSwappedIn(page);
  await page.getByRole('banner').getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(`/ko/search?q=${encodeURIComponent('성장')}`);
  await expect(status(page)).toHaveText('“성장”에 해당하는 보도자료 16건');
});

/** On the English search, submits "camera", then "factory": two history entries, each once its results are on screen. */
async function submitCameraThenFactory(page: Page) {
  await page.goto('/en/search');
  await box(page).fill('camera');
  await box(page).press('Enter');
  await expect(status(page)).toHaveText('8 press releases match “camera”.');
  await box(page).fill('factory');
  await box(page).press('Enter');
  await expect(status(page)).toHaveText('16 press releases match “factory”.');
}

test('back and forward bring each submitted search back', async ({ page }) => {
  await submitCameraThenFactory(page);
  await page.goBack();
  await expect(page).toHaveURL('/en/search?q=camera');
  await expect(box(page)).toHaveValue('camera');
  await expect(status(page)).toHaveText('8 press releases match “camera”.');
  await page.goForward();
  await expect(box(page)).toHaveValue('factory');
});

test('going back never drops the searches ahead, even when the address is rewritten as it happens', async ({ page }) => {
  await submitCameraThenFactory(page);
  // Next's router writes its address into the current entry when its state commits, which on a
  // busy phone can come after the reader went back: the entry then says the search they left.
  await page.evaluate(() =>
    window.addEventListener('popstate', () => window.history.replaceState(window.history.state, '', '?q=factory'), { once: true }),
  );
  await page.goBack();
  await expect(status(page)).toHaveText('8 press releases match “camera”.');
  await expect(page).toHaveURL('/en/search?q=camera');
  await page.goForward();
  await expect(box(page)).toHaveValue('factory');
  await expect(page).toHaveURL('/en/search?q=factory');
});

/** Opens `address` as a slow phone does: the form on screen, its script held until `release` is called. */
async function openBeforeScripts(page: Page, address: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(address, { waitUntil: 'domcontentloaded' });
  return release;
}

test('what the reader typed and chose before the page’s script ran is what it searches', async ({ page }) => {
  const release = await openBeforeScripts(page, '/en/search');
  await box(page).fill('camera');
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2023');
  release();
  await expect(status(page)).toHaveText(/press releases match “camera”\.$/);
  await expect(page).toHaveURL('/en/search?q=camera&year=2023');
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2023');
  await box(page).press('Enter');
  await box(page).fill('factory');
  await box(page).press('Enter');
  await expect(page).toHaveURL('/en/search?q=factory&year=2023');
  await page.goBack();
  await expect(box(page)).toHaveValue('camera');
});

test('a search typed before the page’s script ran keeps to what the form showed, not to the address', async ({ page }) => {
  // The page comes with its form empty: the reader saw "All years", whatever the address said.
  const release = await openBeforeScripts(page, '/en/search?year=2023');
  await box(page).fill('camera');
  release();
  await expect(status(page)).toHaveText('8 press releases match “camera”.');
  await expect(page).toHaveURL('/en/search?q=camera');
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('');
});

test('no results is said plainly, with what to try and a link to the archive', async ({ page }) => {
  await page.goto('/en/search?q=bicycles');
  await expect(status(page)).toHaveText('No press releases match “bicycles”.');
  await expect(page.getByText('Try fewer or shorter words')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'archive' })).toHaveAttribute('href', '/en/archive/2024');
  await expect(results(page)).toHaveCount(0);
});

test('the query is said as typed: replacement patterns and placeholders in it mean nothing', async ({ page }) => {
  const query = "$& {count} $' $`";
  await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(`No press releases match “${query}”.`);
});

test('a long query without spaces (a pasted address) never widens a narrow phone’s page', { tag: '@phone' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const [locale, query] of [
    ['en', 'https://www.lginnotek.com/news/pressrelease/view.do?id=12345'],
    ['en', 'x'.repeat(90)],
    ['ko', 'x'.repeat(90)],
  ] as const) {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toContainText(query);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale} ${query}`).toBeLessThanOrEqual(320);
  }
});

// What the page asks for and how long a query may be do not depend on the width: checked once.
test('a query is at most 256 characters, in the box and in the address', { tag: '@desktop' }, async ({ page }) => {
  await page.goto(`/en/search?q=${'smart '.repeat(60)}`);
  await expect(box(page)).toHaveValue('smart '.repeat(60).slice(0, 256));
  await expect(status(page)).toContainText('press releases match');
  // The address follows once the results are on screen (an effect after the paint): waited for, not read at once.
  await expect(page).toHaveURL((url) => (url.searchParams.get('q') ?? '').length > 0 && url.searchParams.get('q')!.length <= 256);
  await box(page).fill('');
  await box(page).pressSequentially('x'.repeat(300), { delay: 0 });
  await expect(box(page)).toHaveValue('x'.repeat(256));
});

// A keyboard's path, on the desktop (the phone's tap paths are tested apart).
test('works from the keyboard, and axe finds nothing with results on the page', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/ko');
  await page.getByRole('link', { name: '검색', exact: true }).click();
  await expect(page).toHaveURL('/ko/search');
  await box(page).focus();
  await page.keyboard.type('카메라');
  await expect(status(page)).toHaveText('“카메라”에 해당하는 보도자료 16건');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '검색', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: '연도' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: '주제' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(results(page).first().getByRole('link')).toBeFocused();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('only the search page loads the index and the search code', { tag: '@desktop' }, async ({ page }) => {
  let requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/ko/search', { waitUntil: 'networkidle' });
  // The head only: the newest releases the page lists before anything is asked are in the page.
  expect(requested.filter((path) => path.startsWith('/search-index/'))).toEqual([
    expect.stringMatching(/^\/search-index\/[0-9a-f]{12}\/head\.json$/),
  ]);
  // The chunk with the search code: the names of the index's files survive minifying.
  const scripts = requested.filter((path) => path.endsWith('.js'));
  const bodies = await Promise.all(scripts.map(async (script) => (await page.request.get(script)).text()));
  const engine = scripts.filter((_, index) => bodies[index]!.includes('terms-'));
  expect(engine).toHaveLength(1);
  requested = [];
  for (const path of ['/ko', '/en/releases/release-47', '/ko/tags/news', '/en/archive/2022'])
    await page.goto(path, { waitUntil: 'networkidle' });
  expect(requested.filter((path) => path.startsWith('/search-index/') || path === engine[0])).toEqual([]);
});

test('without JavaScript the search page says search needs it, links the archive and lists the newest releases', async ({ request }) => {
  const html = await (await request.get('/ko/search')).text();
  const noscript = html.match(/<noscript>(.*?)<\/noscript>/s)?.[1] ?? '';
  expect(noscript).toContain('검색하려면 JavaScript가 필요하지만');
  expect(noscript).toContain('href="/ko/archive/2024"');
  expect(html).toContain('href="/ko/releases/release-48"');
});

test('a search address hides the newest releases before the first paint, before any script of ours runs', async ({ page }) => {
  // Without the page's scripts, only the inline one before the list runs.
  await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
  await page.goto('/ko/search');
  await expect(page.getByRole('list', { name: '최신 보도자료' })).toBeVisible();
  for (const address of ['/ko/search?q=동반성장', '/ko/search?tag=news', '/ko/search?year=2023']) {
    await page.goto(address);
    await expect(page.locator('#search-newest'), address).toBeHidden();
  }
});

test('the index is cacheable for good, and an unknown file is a 404', async ({ request, page }) => {
  const headResponse = page.waitForResponse((response) => response.url().endsWith('/head.json'));
  await page.goto('/ko/search');
  const head = await headResponse;
  expect(head.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const folder = new URL(head.url()).pathname.replace('head.json', '');
  for (const missing of [`${folder}terms-9999.json`, `${folder}release-nope.json`, '/search-index/000000000000/head.json']) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
    // Kept by no cache: neither for a year by a browser or nginx, nor in the origin's render cache.
    expect(response.headers()['cache-control'], missing).toBe('no-store');
  }
});

test('before the first keystroke: the newest releases and the topics, again once the search is cleared', async ({ page }) => {
  await page.goto('/en/search?q=press');
  await expect(status(page)).toHaveText(/press releases match “press”/);
  await expect(page.getByText('The newest press releases')).toBeHidden();
  await box(page).fill('');
  await expect(page.getByRole('list', { name: 'The newest press releases' })).toBeVisible();
  await expect(page).toHaveURL('/en/search');
  await expect(results(page)).toHaveCount(10);
  // Each in the reader's language where it has one: release 48 is Korean only.
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/ko/releases/release-48');
  await expect(results(page).nth(1).getByRole('link')).toHaveText('Press release no. 47');
  await expect(results(page).nth(1).getByRole('link')).toHaveAttribute('href', '/en/releases/release-47');
  await page.getByRole('navigation', { name: 'Browse by topic' }).getByRole('button', { name: 'Partners' }).click();
  await expect(page).toHaveURL('/en/search?tag=partners');
  await expect(status(page)).toHaveText('29 press releases match “Partners”.');
});

test('before anything is asked the page makes no date format; a search makes one, for its results', async ({ page }) => {
  await countDateFormats(page);
  await page.goto('/en/search');
  // Hydrated, loaded and idle: the web font's loader waits for all three.
  await webFontSwappedIn(page);
  const date = /^[A-Z][a-z]+ \d{1,2}, \d{4}$/;
  await expect(results(page).first().locator('time')).toHaveText(date);
  expect(await dateFormatsMade(page)).toBe(0);
  await box(page).fill('press');
  await expect(status(page)).toHaveText(/press releases match “press”/);
  await expect(results(page).first().locator('time')).toHaveText(date);
  expect(await dateFormatsMade(page)).toBe(1);
});

test('the newest releases stay until the first search answers', async ({ page }) => {
  const letTermsThrough = await holdIndexFiles(page, 'terms-*.json');
  await page.goto('/en/search');
  await box(page).fill('press');
  await expect(status(page)).toHaveText('Searching…');
  await expect(page.getByRole('list', { name: 'The newest press releases' })).toBeVisible();
  letTermsThrough();
  await expect(status(page)).toHaveText(/press releases match “press”/);
  await expect(page.getByRole('list', { name: 'The newest press releases' })).toBeHidden();
});

test('a year or topic in the address that is no such thing is left out, not searched for', async ({ page }) => {
  await page.goto('/en/search?tag=no-such-topic');
  await expect(page.getByRole('list', { name: 'The newest press releases' })).toBeVisible();
  await expect(status(page)).not.toContainText('“”');
  await page.goto('/en/search?q=press&year=1999');
  await expect(status(page)).toHaveText(/^\d+ press releases? match “press”\.$/);
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('');
  await expect(results(page).first()).toBeVisible();
});

test('filters by year and topic, kept in the address and combined with the query', async ({ page }) => {
  await page.goto('/en/search?q=press&year=2022&tag=partners');
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2022');
  await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('partners');
  await expect(status(page)).toHaveText(/^\d+ press releases? match “press”\.$/);
  const dates = await results(page)
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((date) => date?.startsWith('2022-'))).toBe(true);
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2023');
  await expect(page).toHaveURL('/en/search?q=press&year=2023&tag=partners');
  await page.getByRole('combobox', { name: 'Topic' }).selectOption('');
  await expect(page).toHaveURL('/en/search?q=press&year=2023');
  await expect(results(page)).toHaveCount(10);
});

test('every search address names the search page as canonical, which engines may index', async ({ page }) => {
  await page.goto('/en/search?q=press&year=2022');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/en/search');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

/** Holds back the search index's `files` (a glob under its folder) until the returned function is called. */
async function holdIndexFiles(page: Page, files: string): Promise<() => void> {
  let letThrough = () => {};
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route(`**/search-index/*/${files}`, async (route) => {
    await held;
    await route.continue();
  });
  return letThrough;
}

const paragraph = (result: Locator) => result.locator('p').nth(1);

test('results show with their titles at once, and their paragraphs fill the room kept for them: nothing moves', async ({ page }) => {
  await page.route('**/*.woff2', (route) => route.abort());
  await recordLayoutShifts(page);
  const letParagraphsThrough = await holdIndexFiles(page, 'release-*.json');
  await page.goto('/ko/search?q=동반성장');
  await expect(status(page)).toHaveText('“동반성장”에 해당하는 보도자료 16건');
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).first().getByRole('heading')).toContainText('보도자료');
  const before = await results(page).evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
  for (const result of await results(page).all()) await expect(paragraph(result)).toHaveText('');
  letParagraphsThrough();
  for (const result of await results(page).all()) await expect(paragraph(result)).toContainText(/동반\s*성장/);
  expect(await results(page).evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top))).toEqual(before);
  expect(await layoutShiftSum(page)).toBeLessThan(0.01);
});

test('a search that could not load is tried again when the reader presses Enter', async ({ page }) => {
  await page.route('**/search-index/*/terms-*.json', (route) => route.fulfill({ status: 503 }));
  await page.goto('/en/search?q=camera');
  await expect(status(page)).toHaveText('Search could not load. Check your connection and try again.');
  await page.unroute('**/search-index/*/terms-*.json');
  await box(page).press('Enter');
  await expect(status(page)).toHaveText('8 press releases match “camera”.');
});

test('the keyboard keeps its place: on the first new result after "more", on the results after a topic', async ({ page }) => {
  await page.goto('/ko/search?q=스마트공장');
  await expect(results(page)).toHaveCount(10);
  await page.getByRole('button', { name: '검색 결과 더 보기' }).focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(16);
  await expect(results(page).nth(10).getByRole('link')).toBeFocused();

  await page.goto('/en/search');
  await page.getByRole('navigation', { name: 'Browse by topic' }).getByRole('button', { name: 'Partners' }).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('29 press releases match “Partners”.');
  await expect(status(page)).toBeFocused();
});

test('a result whose paragraph cannot be fetched keeps its title and links to the release', async ({ page }) => {
  await page.route('**/search-index/*/release-*.json', (route) => route.fulfill({ status: 503 }));
  await page.goto('/en/search?q=camera');
  await expect(status(page)).toHaveText('8 press releases match “camera”.');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(paragraph(results(page).first())).toHaveText('');
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', /^\/en\/releases\/release-\d\d$/);
});

test('the web font waits until the results and their paragraphs are on screen', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(request.url());
  });
  // Held until the checks below have run, well past `load` (a fixed hold ran out before them on a busy machine).
  const letParagraphsThrough = await holdIndexFiles(page, 'release-*.json');
  await page.goto('/ko/search?q=동반성장', { waitUntil: 'load' });
  await expect(results(page)).toHaveCount(10);
  // Past load and two idle periods: a loader that did not wait for the results would have asked by now.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  // The results are here, their paragraphs not yet: the results are still busy, and the font waits.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(1);
  expect(fonts).toEqual([]);
  await expect(page.locator('html')).not.toHaveClass(/\bweb-font\b/);
  letParagraphsThrough();
  for (const result of await results(page).all()) await expect(paragraph(result)).toContainText(/동반\s*성장/);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveClass(/\bweb-font\b/);
  await expect.poll(() => fonts.length).toBeGreaterThan(0);
});

for (const address of ['/ko/search', '/ko/search?q=동반성장', '/en/search']) {
  test(`${address}: nothing on screen moves as the page starts`, async ({ page }) => {
    // The web font's swap is its own matter (it changes the letters' widths); this is the page's layout.
    await page.route('**/*.woff2', (route) => route.abort());
    await recordLayoutShifts(page);
    await page.goto(address);
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await layoutShiftSum(page)).toBeLessThan(0.01);
  });
}
