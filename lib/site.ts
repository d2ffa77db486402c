import { env } from '@/lib/env';

/** The public base URL, in one place (the newsroom's names are content: newsroom.yml). */
export const site = {
  /** Public origin of the site; every absolute URL is built from it. */
  url: new URL(env.siteUrl()),
} as const;
