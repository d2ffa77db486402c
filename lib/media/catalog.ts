import sharp from 'sharp';
import { getRelease, readReleaseImage } from '@/lib/content';
import type { Release, ReleaseImage } from '@/lib/content/release';
import { releaseFileValidators, type Validators } from '@/lib/http/file-responses';
import { MemoryCache } from '@/lib/memory-cache';
import { variantsOf } from './variants';

/** A file under /media/{slug}/: an original as the press team gave it, or a sized copy made from it. */
export type MediaFile = Validators & { slug: string; name: string; image: ReleaseImage; width?: number };

const mediaTypes: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

export const mediaFilesOf = (release: Release): MediaFile[] =>
  Object.values(release.images).flatMap((image) =>
    [{ name: image.file }, ...variantsOf(image).map(({ width, name }) => ({ name, width }))].map((file) => ({
      slug: release.slug,
      image,
      ...file,
      ...releaseFileValidators(release, file.name),
    })),
  );

/** The media file `name` of `release`, or `undefined`. */
export const mediaFileOf = (release: Release, name: string): MediaFile | undefined =>
  mediaFilesOf(release).find((file) => file.name === name);

/** A media file of a published release, or `undefined`. */
export async function findMedia(slug: string, name: string): Promise<MediaFile | undefined> {
  const release = await getRelease(slug);
  return release && mediaFileOf(release, name);
}

/** Images kept in memory once made. */
const rendered = new MemoryCache<Uint8Array>(64);

/** The file's bytes: the original unchanged, or a copy resized to its width (metadata dropped, so no camera or location data leaves). */
export function renderMedia(file: MediaFile): Promise<Uint8Array> {
  return rendered.get(file.etag, async () => {
    const original = await readReleaseImage(file.slug, file.image.file);
    if (file.width === undefined) return new Uint8Array(original);
    return new Uint8Array(
      await sharp(original).rotate().resize({ width: file.width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
    );
  });
}

export const mediaType = (file: MediaFile) => (file.width === undefined ? mediaTypes[file.image.format]! : 'image/webp');
