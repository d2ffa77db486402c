import { env } from '@/lib/env';

/** Site-wide constants: one place for names and the public base URL. */
export const site = {
  /** Public origin of the site; every absolute URL is built from it. */
  url: new URL(env.siteUrl()),
} as const;
