import sharp from 'sharp';
import { readReleaseImage } from '@/lib/content/loader';
import { getReleases } from '@/lib/content/queries';
import type { Release, ReleaseImage } from '@/lib/content/release';
import { variantsOf } from './variants';

/** A file under /media/{slug}/: an original as the press team gave it, or a sized copy made from it. */
export type MediaFile = { slug: string; name: string; image: ReleaseImage; width?: number };

const mediaTypes: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };

export const mediaFilesOf = (release: Release): MediaFile[] =>
  Object.values(release.images).flatMap((image) => [
    { slug: release.slug, name: image.file, image },
    ...variantsOf(image).map(({ width, name }) => ({ slug: release.slug, name, image, width })),
  ]);

/** Every media file of every published release. */
export async function listMedia(): Promise<MediaFile[]> {
  return (await getReleases()).flatMap(mediaFilesOf);
}

/** The file's bytes: the original unchanged, or a copy resized to its width (metadata dropped, so no camera or location data leaves). */
export async function renderMedia(file: MediaFile): Promise<Uint8Array> {
  const original = await readReleaseImage(file.slug, file.image.file);
  if (file.width === undefined) return new Uint8Array(original);
  return new Uint8Array(await sharp(original).rotate().resize({ width: file.width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer());
}

export const mediaType = (file: MediaFile) => (file.width === undefined ? mediaTypes[file.image.format]! : 'image/webp');
