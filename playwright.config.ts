import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';
import { FIXTURE_PREVIEW_SECRET } from './tests/e2e/preview-secret';

const PORT = 3100;
const FIXTURE_PORT = 3101;
const NEWSROOM_PORT = 3102;
const CORRECTED_PORT = 3103;
// Specs that read the fixture site (tests/fixtures/content/valid), and the 48-release newsroom (tests/fixtures/newsroom.mts).
const fixtureSpecs = ['fixture-site.spec.ts', 'lifecycle.spec.ts'];
const newsroomSpecs = ['newsroom.spec.ts', 'search.spec.ts', 'on-demand.spec.ts', 'nginx.spec.ts'];
// Builds and serves its own newsroom, with an embargo a few minutes ahead.
const embargoSpecs = ['embargo.spec.ts'];

// Runs against production builds: `npm run test:e2e` builds the real site into .next, the
// fixture site (tests/fixtures/content/valid: embargoed and Korean-only releases) into
// .next-fixtures and the newsrooms (scripts/test/build-sites.sh), then this starts `next start` for each.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // First: projects are queued in this order, and the embargo's minutes of waiting for its moment
    // then pass beside the other worker's tests instead of after them.
    { name: 'embargo', testMatch: embargoSpecs, use: { ...devices['Desktop Chrome'] } },
    // Layout checks for one width are tagged @desktop or @phone; HTTP-level and keyboard checks run on desktop.
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      grepInvert: /@phone/,
      testIgnore: [...fixtureSpecs, ...newsroomSpecs, ...embargoSpecs],
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } },
      grepInvert: /@desktop/,
      testIgnore: [...fixtureSpecs, ...newsroomSpecs, ...embargoSpecs],
    },
    {
      name: 'fixtures',
      testMatch: fixtureSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    {
      name: 'newsroom',
      testMatch: newsroomSpecs,
      grepInvert: /@phone/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${NEWSROOM_PORT}` },
    },
    {
      name: 'newsroom-phone',
      testMatch: newsroomSpecs,
      grepInvert: /@desktop/,
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, baseURL: `http://localhost:${NEWSROOM_PORT}` },
    },
  ],
  webServer: [
    { command: `npx next start --port ${PORT}`, url: `http://localhost:${PORT}/ko`, reuseExistingServer: false, timeout: 60_000 },
    {
      command: `npx next start --port ${FIXTURE_PORT}`,
      url: `http://localhost:${FIXTURE_PORT}/ko`,
      // The secret of preview links, which fixture-site.spec.ts signs with too.
      env: { NEXT_DIST_DIR: '.next-fixtures', PREVIEW_SECRET: FIXTURE_PREVIEW_SECRET },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start --port ${NEWSROOM_PORT}`,
      url: `http://localhost:${NEWSROOM_PORT}/ko`,
      env: { NEXT_DIST_DIR: '.next-newsroom' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // The same newsroom after a correction: what a deploy puts behind nginx (nginx.spec.ts).
    {
      command: `npx next start --port ${CORRECTED_PORT}`,
      url: `http://localhost:${CORRECTED_PORT}/ko`,
      env: { NEXT_DIST_DIR: '.next-newsroom-corrected' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
