import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { loadContent } from './lib/content/loader';
import { securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// One clock reading per build decides every embargo (lib/content/build-time.ts): inlined into the
// server code, so all of Next's build workers see the same moment.
const buildTime = process.env.BUILD_TIME || new Date().toISOString();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Benchmarks build fixture sites beside the real one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // The benchmark reads them to tell our client code from the framework's.
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
  experimental: { globalNotFound: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        // Downloads keep their URL when a release is corrected, so browsers revalidate after a week
        // while a CDN keeps them until the next deploy purges it.
        source: '/downloads/:file',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=604800, s-maxage=31536000, stale-while-revalidate=86400' }],
      },
    ];
  },
};

export default async function config(phase: string): Promise<NextConfig> {
  // `next build` and `next dev` check all content before compiling anything, and inline the
  // newsroom: the 404 page is rendered per request and must not read content/ then.
  // `next start` serves what was built; content/ need not be on the server.
  const newsroom = phase === PHASE_PRODUCTION_SERVER ? undefined : (await loadContent()).newsroom;
  return withNextIntl({ ...nextConfig, env: { BUILD_TIME: buildTime, ...(newsroom && { NEWSROOM: JSON.stringify(newsroom) }) } });
}
