import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// One clock reading per build decides every embargo (lib/content/build-time.ts): inlined into the
// server code, so all of Next's build workers see the same moment.
const buildTime = process.env.BUILD_TIME || new Date().toISOString();

const correctableFileCache = [{ key: 'Cache-Control', value: 'public, max-age=604800, s-maxage=31536000, stale-while-revalidate=86400' }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Benchmarks build fixture sites beside the real one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // The benchmark reads them to tell our client code from the framework's.
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
  env: { BUILD_TIME: buildTime },
  // pdfkit reads its own data files from beside its code: it runs from node_modules, unbundled.
  serverExternalPackages: ['pdfkit'],
  experimental: {
    globalNotFound: true,
    // One prerendering worker per core (Next's default leaves one core to its main process, which
    // only waits meanwhile): a third faster on two cores, where every release has a dozen files.
    cpus: availableParallelism(),
    // Every page is prerendered: the server has nothing to write. Next would otherwise copy each
    // page it serves into .next/server/route-cache.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Downloads and images keep their URL when a release is corrected, so browsers revalidate
      // after a week while a CDN keeps them until the next deploy purges it.
      { source: '/downloads/:file', headers: correctableFileCache },
      { source: '/media/:slug/:file', headers: correctableFileCache },
      {
        // The index's URL names its version: a new build publishes new URLs, so these never change.
        source: '/search-index/:version/:file',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
