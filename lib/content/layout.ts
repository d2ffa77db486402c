import path from 'node:path';
import type { Locale } from 'next-intl';
import { env } from '@/lib/env';

// The content folder's layout, spelled once:
//   newsroom.yml
//   releases/{slug}/release.yml, {locale}.md, {locale}.translated-from.yml, images/{file}

export const NEWSROOM_FILE = 'newsroom.yml';
export const RELEASES_DIR = 'releases';
export const FACTS_FILE = 'release.yml';
/** The folder of a release that holds its images; the text names them `images/{file}`. */
export const IMAGES_DIR = 'images';

/** A release's folder, relative to the content folder. */
export const releaseDir = (slug: string) => `${RELEASES_DIR}/${slug}`;

/** A file of a release's folder (`name` as it is inside it, e.g. `ko.md` or `images/photo.jpg`). */
export const releaseFile = (slug: string, name: string) => `${releaseDir(slug)}/${name}`;

/** The text of a release in one language. */
export const textFile = (locale: Locale) => `${locale}.md`;

/** Beside each translation: the version of the original it translates (lib/content/freshness.ts). */
export const translationRecordFile = (locale: Locale) => `${locale}.translated-from.yml`;

/** An image of a release, as its text names it. */
export const imageName = (file: string) => `${IMAGES_DIR}/${file}`;

/** The file an image's name in the text points at (`images/photo.jpg`: `photo.jpg`); `undefined` outside `images/`. */
export const imageFileIn = (src: string) => (src.startsWith(`${IMAGES_DIR}/`) ? src.slice(IMAGES_DIR.length + 1) : undefined);

/** The content folder: `CONTENT_DIR`, else `content/`. */
export function contentDir(): string {
  // The ignore hint keeps Next from tracing the whole project into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.contentDir() ?? 'content');
}

/** A path in the content folder as the press team's commands name it: `content/releases/x`, or under `CONTENT_DIR`. */
export function shownContentPath(inside: string): string {
  const relative = path.relative(process.cwd(), contentDir());
  return path.join(relative.startsWith('..') ? contentDir() : relative, inside);
}
