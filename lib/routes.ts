/** Locale-free paths of the site's pages; next-intl adds the locale prefix. */
export const releasePath = (slug: string) => `/releases/${slug}`;
