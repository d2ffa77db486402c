// Mutation testing (npm run test:mutation): small, realistic changes to the modules that carry the
// risk, each run against the unit tests that cover it. A mutant the tests let through is a bug they
// would let through. Not part of npm test (a full run takes most of an hour on 2 cores); later runs
// are incremental: only mutants in changed code, or covered by changed tests, run again.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  mutate: [
    'lib/search/**/*.ts',
    // The search page's React state, tested in the browser (tests/e2e/search.spec.ts).
    '!lib/search/browser/use-search.ts',
    'lib/translation/**/*.ts',
    'lib/content/content-folder.ts',
    'lib/content/store.ts',
    'lib/content/content-index.ts',
    'lib/content/publishing/scan.ts',
    'lib/content/publishing/release-cache.ts',
    'lib/content/freshness.ts',
    'lib/http/**/*.ts',
    'lib/discovery/feed.ts',
  ],
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  // A mutant in module-level code (a constant, a table) can only be tested by importing everything
  // again and running every test: a quarter of the mutants, 95 % of the time (hours on 2 cores).
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
