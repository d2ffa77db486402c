import sharp from 'sharp';
import { ContentError } from './content-error';
import { IMAGE_LIMIT, type ContentFolder } from './content-folder';

const imageFormats = new Set(['jpeg', 'png', 'webp', 'avif', 'gif']);

/** sharp's own limit on what it decodes (16383 × 16383): a larger picture could be listed but never resized. */
const MAX_PIXELS = 268_402_689;

/**
 * An image file of the content folder, checked: a regular file of at most 20 MB that sharp can read
 * and resize; its size, format and length.
 */
export async function probeImage(
  folder: ContentFolder,
  file: string,
): Promise<{ width: number; height: number; format: string; bytes: number }> {
  const data = await folder.bytes(file, IMAGE_LIMIT);
  // The header says the size before anything is decoded, so a size past the limit is named as such.
  const { width, height, format } = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => ({ width: 0, height: 0, format: undefined }));
  if (!format || !imageFormats.has(format) || !width || !height)
    throw new ContentError(file, 'is not an image (JPEG, PNG, WebP, AVIF or GIF)');
  if (width * height > MAX_PIXELS)
    throw new ContentError(
      file,
      `is too large (${width}×${height}); an image may have at most ${Math.round(MAX_PIXELS / 1e6)} million pixels`,
    );
  return { width, height, format, bytes: data.byteLength };
}
