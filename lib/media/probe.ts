import sharp from 'sharp';
import { ContentError } from '@/lib/content/content-error';
import { IMAGE_LIMIT, type ContentFolder } from '@/lib/content/content-folder';

const imageFormats = new Set(['jpeg', 'png', 'webp', 'avif', 'gif']);

/** An image file of the content folder, checked: a regular file of at most 20 MB that sharp can read; its size, format and length. */
export async function probeImage(folder: ContentFolder, file: string): Promise<{ width: number; height: number; format: string; bytes: number }> {
  const data = await folder.bytes(file, IMAGE_LIMIT);
  const { width, height, format } = await sharp(data)
    .metadata()
    .catch(() => ({ width: 0, height: 0, format: undefined }));
  if (!format || !imageFormats.has(format) || !width || !height) throw new ContentError(file, 'is not an image (JPEG, PNG, WebP, AVIF or GIF)');
  return { width, height, format, bytes: data.byteLength };
}
