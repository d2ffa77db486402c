/** Site-wide constants: one place for names and the public base URL. */
export const site = {
  /** Public origin of the site; every absolute URL is built from it. */
  url: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
  timeZone: 'Asia/Seoul',
} as const;
