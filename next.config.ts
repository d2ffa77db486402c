import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  experimental: { globalNotFound: true },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
