import type { Locale } from 'next-intl';
import { releaseLocales, translationOf, type ReleaseSummary } from '@/lib/content/release';
import { releaseFileValidators, type Validators } from '@/lib/http/file-responses';
import { slugPattern } from '@/lib/content/schema';
import { originalLocale, routing, translationLocales } from '@/lib/i18n/routing';
import { downloadFormats, type DownloadFormat, type DownloadLanguages } from './formats';

// What a release offers for download, from the content index alone: names, formats, languages
// and validators, without rendering a file (lib/downloads/catalog.ts renders them).

/** One downloadable file: a release in one language (or two, alternating) in one format, or the press kit of all of them. */
export type DownloadEntry = {
  /** `{slug}-{ko|en|ko-en}.{ext}` or `{slug}-press-kit.zip`: ASCII, stable, and says what is inside. */
  name: string;
  slug: string;
  format: DownloadFormat;
  languages: DownloadLanguages;
  /** The languages inside, in order. */
  locales: Locale[];
} & Validators;

const singleLanguageFormats: DownloadFormat[] = ['txt', 'md', 'docx', 'pdf'];
// Markdown is a source format; a bilingual Markdown file would be neither language's source.
const bilingualFormats: DownloadFormat[] = ['txt', 'docx', 'pdf'];

function entry(release: ReleaseSummary, locales: Locale[], format: DownloadFormat, name?: string): DownloadEntry {
  const languages = locales.join('-') as DownloadLanguages;
  const fileName = name ?? `${release.slug}-${languages}.${format}`;
  return {
    name: fileName,
    slug: release.slug,
    format,
    languages,
    locales,
    // Named without the slug, which the release's hash already stands for.
    ...releaseFileValidators(release, fileName.slice(release.slug.length + 1)),
  };
}

/**
 * Every file offered for a release: each language in every format, both languages together, and the
 * press kit (every other file in one ZIP).
 */
export function downloadsOf(release: ReleaseSummary): DownloadEntry[] {
  const locales = releaseLocales(release);
  const translation = translationOf(release);
  return [
    ...locales.flatMap((locale) => singleLanguageFormats.map((format) => entry(release, [locale], format))),
    ...(translation ? bilingualFormats.map((format) => entry(release, [originalLocale, translation.locale], format)) : []),
    entry(release, locales, 'zip', `${release.slug}-press-kit.zip`),
  ];
}

/** A download's name is its slug and one of these endings, nothing else. */
const endings = [
  '-press-kit.zip',
  ...[...routing.locales, ...translationLocales.map((locale) => `${originalLocale}-${locale}`)].flatMap((languages) =>
    (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => `-${languages}.${format}`),
  ),
];

/** Longer than any slug a person types plus its ending: a name past it is refused unread. */
const MAX_DOWNLOAD_NAME = 200;

/**
 * The slugs a download's name may stand for: the name less each ending it has (at most two:
 * `a-ko-en.txt` is release `a` in both languages, or release `a-ko` in English), if that is a slug.
 */
export function slugCandidates(name: string): string[] {
  if (name.length > MAX_DOWNLOAD_NAME) return [];
  return endings
    .filter((ending) => name.endsWith(ending))
    .map((ending) => name.slice(0, -ending.length))
    .filter((slug) => slugPattern.test(slug));
}
