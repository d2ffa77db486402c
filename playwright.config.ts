import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

const PORT = 3100;
const FIXTURE_PORT = 3101;
// Specs that read the fixture site (tests/fixtures/content/valid) rather than the real one.
const fixtureSpecs = ['fixture-site.spec.ts', 'lifecycle.spec.ts'];

// Runs against production builds: `npm run test:e2e` builds the real site into .next and the
// fixture site (tests/fixtures/content/valid: embargoed and Korean-only releases) into
// .next-fixtures, then this starts `next start` for each.
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
    // Layout checks for one width are tagged @desktop or @phone; HTTP-level and keyboard checks run on desktop.
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } }, grepInvert: /@phone/, testIgnore: fixtureSpecs },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }, grepInvert: /@desktop/, testIgnore: fixtureSpecs },
    {
      name: 'fixtures',
      testMatch: fixtureSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
  ],
  webServer: [
    { command: `npx next start --port ${PORT}`, url: `http://localhost:${PORT}/ko`, reuseExistingServer: false, timeout: 60_000 },
    {
      command: `npx next start --port ${FIXTURE_PORT}`,
      url: `http://localhost:${FIXTURE_PORT}/ko`,
      env: { NEXT_DIST_DIR: '.next-fixtures' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
