import type { ReleaseImage } from '@/lib/content/release';

/** Widths of the copies a page offers (phone, tablet and desktop at 1× and 2×), never wider than the original. */
const WIDTHS = [480, 960, 1440];

/** A sized copy of an image: WebP, which every browser the site supports shows. */
export type ImageVariant = { width: number; name: string };

const stem = (file: string) => file.replace(/\.[a-z0-9]+$/, '');

/** The copies made of `image`, narrowest first: each width below the original's, and the original's own up to the widest. */
export function variantsOf(image: Pick<ReleaseImage, 'file' | 'width'>): ImageVariant[] {
  const widths = [...WIDTHS.filter((width) => width < image.width), ...(image.width <= WIDTHS.at(-1)! ? [image.width] : [WIDTHS.at(-1)!])];
  return [...new Set(widths)].map((width) => ({ width, name: `${stem(image.file)}-${width}w.webp` }));
}
