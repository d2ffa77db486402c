import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import * as buildFolder from './lib/cache/build-folder.cjs';
import { hintEagerCompile } from './lib/compile-hints';
import type { PublicationSchedule } from './lib/content/content-index';
import { previewHeaders, securityHeaders } from './lib/security-headers';

// Messages compiled at build time: the search page formats its ICU messages (plurals) in the
// browser with use-intl's small formatter, not its parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

// One clock reading per build decides every embargo (lib/content/clock.ts): inlined into the
// server code, so all of Next's build workers see the same moment.
const buildTime = process.env.BUILD_TIME || new Date().toISOString();
process.env.BUILD_TIME = buildTime;

// Made by the build like pages, and kept by a cache like them until a deploy purges it; browsers ask again each time.
const buildFileCache = [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=31536000, must-revalidate' }];

// Tests and benchmarks build fixture sites beside the real one.
const distDir = buildFolder.distDir();

// A test's build (scripts/test/build-sites.sh): a folder built once and thrown away, from code
// `npm test` has just type-checked, so neither Turbopack's build cache nor a second check pays.
const oneOffBuild = process.env.ONE_OFF_BUILD === '1';

// The bench's build (scripts/bench/index.mts): the framework's floor pages.
const benchBuild = process.env.BENCH_BUILD === '1';

/**
 * The tsconfig a build checks with: the site's own code (what `next build` compiles) and the
 * folder's generated route types. `npm test` checks the whole tree with tsconfig.json (tests,
 * scripts, the bench); checking those again in each build made its check 7.7 s, not 5.5 s.
 * Untracked, one per build folder and extending tsconfig.json: Next adds the folder's types to
 * the file it is given, so the tracked one stays as written.
 */
function tsconfigFor(folder: string): string {
  const file = `${folder.replace(/[^\w.-]/g, '_')}.tsconfig.json`;
  const include = [
    'next-env.d.ts',
    'global.d.ts',
    'next.config.ts',
    'proxy.ts',
    'instrumentation.ts',
    'app/**/*.ts',
    'app/**/*.tsx',
    'components/**/*.ts',
    'components/**/*.tsx',
    'lib/**/*.ts',
    `${folder}/types/**/*.ts`,
    `${folder}/dev/types/**/*.ts`,
  ];
  writeFileSync(file, `${JSON.stringify({ extends: './tsconfig.json', include }, null, 2)}\n`);
  return file;
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // proxy.ts redirects an address with a trailing slash, with the site's headers.
  skipTrailingSlashRedirect: true,
  distDir,
  // Its floor pages (app/(bench)/**/*.bench.tsx) are routes only in its build.
  pageExtensions: benchBuild ? ['bench.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  env: { BUILD_TIME: buildTime },
  // pdfkit reads its own data files from beside its code: it runs from node_modules, unbundled.
  serverExternalPackages: ['pdfkit'],
  // The render cache of what was not prerendered: an LRU bounded by bytes (Next's own default, said
  // out loud). An unknown release's 404 is not kept in it; routes that answer files per request
  // (downloads, media, search files) keep nothing for a name they do not know.
  cacheMaxMemorySize: 50 * 1024 * 1024,
  // Next's own cache, with everything made before the latest passed embargo expired: what is
  // public changes at an embargo without a build (lib/content/clock.ts).
  cacheHandler: path.resolve('lib/cache/embargo-cache-handler.cjs'),
  // The site makes its own sized WebP copies at build time (lib/media); Next's optimizer would
  // re-encode an image on every request with a new query string: /_next/image is a 404.
  images: { unoptimized: true },
  // The chunks every page starts with compile on a background thread as they download (lib/compile-hints.ts).
  compiler: { runAfterProductionCompile: ({ distDir: folder }) => hintEagerCompile(folder) },
  experimental: {
    globalNotFound: true,
    // An RSC request must carry the `_rsc` its router headers hash to (else a redirect to it), so a
    // cache in front may key on the address instead of on Vary (deploy/nginx.conf).
    validateRSCRequestHeaders: true,
    // One prerendering worker per core (Next's default leaves one core to its main process, which
    // only waits meanwhile): a third faster on two cores, where every release has a dozen files.
    cpus: availableParallelism(),
    // Pages and files rendered on their first request stay in memory, never on disk: nothing is
    // written for an unknown address, and several origins behind one cache share no disk.
    isrFlushToDisk: false,
    // Kept between builds of one folder, so a correction rebuilds only what changed; not for a
    // test's one-off build, which would only write it (a fifth of the build).
    turbopackFileSystemCacheForBuild: !oneOffBuild,
  },
  // A renamed release's old page addresses (`redirect_from`), its side-by-side view and share
  // image below them: 308 to the new ones. Only a release public at build time had addresses to
  // keep. Its downloads and media redirect in their routes (lib/downloads/catalog.ts, app/media).
  async redirects() {
    const { buildTime, renames } = readSchedule();
    return Object.entries(renames)
      .filter(([, renamed]) => !renamed.embargo || Date.parse(renamed.embargo) <= Date.parse(buildTime))
      .map(([old, { slug }]) => ({
        source: `/:locale/releases/${old}/:below*`,
        destination: `/:locale/releases/${slug}/:below*`,
        permanent: true,
      }));
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...expireAtFirstEmbargo(),
      // After the site's: the same header named later wins.
      { source: '/:locale/preview/:path*', headers: previewHeaders },
      { source: '/:locale/releases/:slug/opengraph-image', headers: buildFileCache },
      { source: '/(sitemap.xml|robots.txt|icon.svg)', headers: buildFileCache },
    ];
  },
};

/** The publication schedule prepareContent wrote (lib/content/content-index.ts); absent only outside a build (next dev). */
function readSchedule(): PublicationSchedule {
  const file = buildFolder.scheduleFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublicationSchedule) : { buildTime: '', moments: [], renames: {} };
}

/**
 * While this build has an embargo ahead, nothing the cache in front keeps outlives the first:
 * nginx honours `X-Accel-Expires` (an absolute moment after `@`) before Cache-Control and never
 * passes it on. After that moment it revalidates each answer with the origin (a 304 while
 * unchanged) until the next deploy. The origin's own cache expires at every embargo
 * (lib/cache/embargo-cache-handler.cjs). Read from the schedule prepareContent wrote: headers are
 * fixed at build time, and the proxy that could send a moment per request would make Next refuse
 * TRACE with a 500 on every page.
 */
function expireAtFirstEmbargo() {
  const [first] = readSchedule().moments;
  return first ? [{ source: '/:path*', headers: [{ key: 'X-Accel-Expires', value: `@${Math.ceil(Date.parse(first) / 1000)}` }] }] : [];
}

/**
 * Before a build renders anything: every release validated and the content index written
 * (scripts/content/build-index.mts), once, in its own process; the build's workers inherit the
 * mark and read the index.
 */
function prepareContent() {
  if (process.env.CONTENT_INDEX_BUILT === buildTime) return;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content/build-index.mts'], {
      stdio: 'inherit',
      env: { ...process.env, BUILD_TIME: buildTime },
    });
  } catch {
    throw new Error('content is invalid (see above): the build stops before publishing anything');
  }
  takeInFaces();
  process.env.CONTENT_INDEX_BUILT = buildTime;
}

/**
 * Puts this build folder's web font faces (lib/web-font) where app/globals.css takes them in; none
 * where no build cut them (next dev before a build), so a page never names slices this folder
 * cannot serve.
 */
function takeInFaces() {
  const faces = buildFolder.webFontFacesFile();
  writeFileSync(buildFolder.compiledFacesFile(), existsSync(faces) ? readFileSync(faces) : '');
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_DEVELOPMENT_SERVER) takeInFaces();
  if (phase !== PHASE_PRODUCTION_BUILD) return withNextIntl(nextConfig);
  prepareContent();
  return withNextIntl({ ...nextConfig, typescript: { tsconfigPath: tsconfigFor(distDir), ignoreBuildErrors: oneOffBuild } });
}
