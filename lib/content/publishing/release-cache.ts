import { createHash } from 'node:crypto';
import { IMAGE_LIMIT, TEXT_LIMIT, type ContentFolder } from '../content-folder';
import { JsonCache } from '@/lib/build-cache';
import { IMAGES_DIR, releaseDir } from '../layout';
import type { Release } from '../release';

// Parsing a release (Markdown, validation, image probing) costs milliseconds; hashing its files
// costs microseconds: an unchanged release costs a hash in the next build.

/**
 * The hash of a release's slug and files (names and bytes), of the newsroom it is validated against,
 * and of the code that parses it (`contentCode`, lib/source-version.ts): the same hash, the same
 * parsed release. The slug is in it because the parsed release is: a copy of a folder under a new
 * name is another release.
 */
export async function releaseHash(folder: ContentFolder, slug: string, newsroomSource: string, contentCode: string): Promise<string> {
  const hash = createHash('sha256').update(contentCode).update('\0').update(newsroomSource).update('\0').update(slug);
  const dir = releaseDir(slug);
  for (const file of await folder.files(dir)) {
    const bytes = await folder.bytes(file, file.startsWith(`${dir}/${IMAGES_DIR}/`) ? IMAGE_LIMIT : TEXT_LIMIT);
    hash
      .update('\0')
      .update(file.slice(dir.length + 1))
      .update('\0')
      .update(String(bytes.byteLength))
      .update('\0')
      .update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/** The version of the files made from a release (ReleaseSummary.files): its `hash` and the `renderCode` (lib/source-version.ts). */
export const filesVersion = (hash: string, renderCode: string) =>
  createHash('sha256').update(hash).update('\0').update(renderCode).digest('hex').slice(0, 32);

/** A release as parsed: what the cache keeps, the same whatever code renders it. */
export type ParsedRelease = Omit<Release, 'files'>;

/** Parsed releases by hash, in the build folder's cache. */
export const releaseCache = () => new JsonCache<ParsedRelease>('content');
