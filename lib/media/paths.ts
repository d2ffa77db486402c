/** A release's image at full size, or a sized copy of it: outside the locale prefix, like downloads. */
export const mediaPath = (slug: string, file: string) => `/media/${slug}/${file}`;
