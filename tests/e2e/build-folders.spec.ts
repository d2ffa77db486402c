import { access, readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

// Runs after npm run test:e2e has built the site into .next and three fixture sites into other
// folders: those builds leave the tracked tsconfig.json as written.
test('builds into other folders leave tsconfig.json as written', { tag: '@desktop' }, async () => {
  const { include } = JSON.parse(await readFile('tsconfig.json', 'utf8')) as { include: string[] };
  expect(include.filter((entry) => entry.startsWith('.next'))).toEqual(['.next/types/**/*.ts', '.next/dev/types/**/*.ts']);
  // Each other folder type-checked with a tsconfig of its own, extending it.
  for (const folder of ['.next-fixtures', '.next-newsroom']) {
    await access(`${folder}.tsconfig.json`);
    expect(JSON.parse(await readFile(`${folder}.tsconfig.json`, 'utf8'))).toMatchObject({
      extends: './tsconfig.json',
      include: expect.arrayContaining([`${folder}/types/**/*.ts`]),
    });
  }
});

test('the site-wide 404 is a static page: an unknown address renders nothing', { tag: '@desktop' }, async ({ request }) => {
  // Anything that reads the request while it renders (a hook asking for the request's language)
  // would make it render on every request: ten times slower under a flood of unknown addresses.
  await access('.next/server/app/_not-found.html');
  const response = await request.get('/ko/no-such-page');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain(await readFile('.next/server/app/_not-found.html', 'utf8').then((html) => html.slice(0, 200)));
});

test(
  'the chunks every page starts with ask the browser to compile them as they download, and no other chunk does',
  { tag: '@desktop' },
  async ({ request }) => {
    // React's and Next's code compiled on first call was most of the task that starts a page (lib/compile-hints.ts).
    const { rootMainFiles } = JSON.parse(await readFile('.next/build-manifest.json', 'utf8')) as { rootMainFiles: string[] };
    const roots = rootMainFiles.map((file) => `/_next/${file}`);
    for (const address of ['/ko/releases/lg-innotek-win-win-growth-index-2022', '/en/search']) {
      const html = await (await request.get(address)).text();
      const scripts = [...new Set(html.match(/\/_next\/static\/chunks\/[\w-]+\.js/g))];
      expect(scripts).toEqual(expect.arrayContaining(roots));
      expect(scripts.length).toBeGreaterThan(roots.length);
      for (const script of scripts) {
        const code = await (await request.get(script)).text();
        expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), script).toBe(roots.includes(script));
      }
    }
  },
);
