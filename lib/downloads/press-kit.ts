import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Locale } from 'next-intl';
import { IMAGES_DIR, imageName } from '@/lib/content/layout';
import { imageFileOf, lastModified, releaseLocales, type Release, type ReleaseImage } from '@/lib/content/release';
import type { Newsroom } from '@/lib/content/schema';
import { translatorFor } from '@/lib/i18n/messages';
import { originalLocale } from '@/lib/i18n/routing';
import type { DownloadFormat, DownloadLanguages } from './formats';
import { closingOf, closingText, datelineOf, translationNoticeIn } from './release-document';
import { plainTextFile } from './to-text';
import { zipTime } from './zip-time';

/** A file that goes into the kit, with what the README says of it. */
export type KitFile = { name: string; format: DownloadFormat; languages: DownloadLanguages; bytes: Uint8Array };
/** An original image that goes into the kit's images/ folder (where the Markdown files' image links point). */
export type KitImage = { image: ReleaseImage; bytes: Uint8Array };

const CAPTIONS_FILE = `${IMAGES_DIR}/captions-and-credits.txt`;

/** Each image's file, size, and its caption and credit in every language. */
function captionsFile(release: Release, images: KitImage[]): string {
  return plainTextFile(
    images.map(({ image }) => {
      const captions = releaseLocales(release).map((locale) => {
        const block = release.versions[locale]!.blocks.find((candidate) => candidate.image && imageFileOf(candidate.image) === image.file)!;
        return `${locale}: ${block.text} (${image.credit[locale]})`;
      });
      return [`${imageName(image.file)} (${image.width}×${image.height})`, ...captions].join('\n');
    }),
  );
}

// Already compressed inside: stored as they are.
const stored = new Set<DownloadFormat>(['docx', 'pdf']);

/** What a kit says at the top of its README in `locale` before anything else (a preview's embargo and recipient). */
export type KitLines = (locale: Locale) => string[];

/** The README in one language: `lines`, what the release is, where it lives, what is in the kit, whom to ask. */
function readmeSection(
  release: Release,
  newsroom: Newsroom,
  locale: Locale,
  files: KitFile[],
  images: KitImage[],
  lines: KitLines,
): string[] {
  const version = release.versions[locale]!;
  const t = translatorFor(locale, 'PressKit');
  const downloads = translatorFor(locale, 'Downloads');
  const contents = [
    ...files.map((file) => `- ${file.name}: ${downloads(`languages.${file.languages}`)}, ${downloads('format', { format: file.format })}`),
    ...(images.length ? [`- ${IMAGES_DIR}/: ${t('images', { count: images.length })}`] : []),
  ];
  const top = lines(locale);
  return [
    ...(top.length ? [top.join('\n')] : []),
    `${t('label')}: ${version.title}`,
    datelineOf(release, newsroom, locale),
    ...(locale === originalLocale ? [] : [translationNoticeIn(locale)]),
    [`${t('contents')}:`, ...contents].join('\n'),
    closingOf(release, newsroom, locale).map(closingText).join('\n'),
  ];
}

/**
 * Everything about one release in one ZIP, in a folder named by its slug: a README in each
 * language (`lines` at its top), every download, and the original images with their captions and
 * credits. Deterministic.
 */
export function toPressKit(
  release: Release,
  newsroom: Newsroom,
  files: KitFile[],
  images: KitImage[],
  lines: KitLines = () => [],
): Uint8Array {
  const mtime = zipTime(lastModified(release));
  const readme = plainTextFile(releaseLocales(release).flatMap((locale) => readmeSection(release, newsroom, locale, files, images, lines)));
  const entries: Zippable = { [`${release.slug}/README.txt`]: [strToU8(readme), { mtime }] };
  for (const file of files) entries[`${release.slug}/${file.name}`] = [file.bytes, { mtime, level: stored.has(file.format) ? 0 : 9 }];
  // Photos are compressed already.
  for (const { image, bytes } of images) entries[`${release.slug}/${imageName(image.file)}`] = [bytes, { mtime, level: 0 }];
  if (images.length) entries[`${release.slug}/${CAPTIONS_FILE}`] = [strToU8(captionsFile(release, images)), { mtime }];
  return zipSync(entries, { level: 9 });
}
