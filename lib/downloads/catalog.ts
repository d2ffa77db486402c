import type { Locale } from 'next-intl';
import { readReleaseImage } from '@/lib/content/loader';
import { getNewsroom, getReleases } from '@/lib/content/queries';
import { translationOf, type Release, type ReleaseVersion } from '@/lib/content/release';
import { originalLocale } from '@/lib/i18n/routing';
import type { Newsroom } from '@/lib/content/schema';
import { downloadPath } from '@/lib/routes';
import { downloadFormats, type DownloadFormat, type DownloadLanguages } from './formats';
import { toPressKit } from './press-kit';
import { releaseDocument } from './release-document';
import { toDocx } from './to-docx';
import { toMarkdown } from './to-markdown';
import { toPdf } from './to-pdf';
import { toText } from './to-text';
import { downloadValidators } from './validators';

/** One downloadable file: a release in one language (or two, alternating) in one format, or the press kit of all of them. */
export type DownloadFile = {
  /** `{slug}-{ko|en|ko-en}.{ext}` or `{slug}-press-kit.zip`: ASCII, stable, and says what is inside. */
  name: string;
  format: DownloadFormat;
  languages: DownloadLanguages;
  release: Release;
  versions: ReleaseVersion[];
};

const singleLanguageFormats: DownloadFormat[] = ['txt', 'md', 'docx', 'pdf'];
// Markdown is a source format; a bilingual Markdown file would be neither language's source.
const bilingualFormats: DownloadFormat[] = ['txt', 'docx', 'pdf'];

function file(release: Release, versions: ReleaseVersion[], format: DownloadFormat): DownloadFile {
  const languages = versions.map((version) => version.locale).join('-') as DownloadLanguages;
  return { name: `${release.slug}-${languages}.${format}`, format, languages, release, versions };
}

/** The press kit: every other file of the release in one ZIP. */
const pressKitOf = (release: Release, versions: ReleaseVersion[]): DownloadFile => ({ ...file(release, versions, 'zip'), name: `${release.slug}-press-kit.zip` });

/** Every file offered for a release: each language in every format, both languages together, and the press kit. */
export function downloadsOf(release: Release): DownloadFile[] {
  const versions = Object.values(release.versions);
  const translation = translationOf(release);
  return [
    ...versions.flatMap((version) => singleLanguageFormats.map((format) => file(release, [version], format))),
    ...(translation ? bilingualFormats.map((format) => file(release, [release.versions[originalLocale], translation], format)) : []),
    pressKitOf(release, versions),
  ];
}

async function renderPressKit(download: DownloadFile, newsroom: Newsroom): Promise<Uint8Array> {
  const files = downloadsOf(download.release).filter((other) => other.format !== 'zip');
  const images = Object.values(download.release.images).map(async (image) => ({ image, bytes: await readReleaseImage(download.release.slug, image.file) }));
  return toPressKit(
    download.release,
    newsroom,
    await Promise.all(files.map(async (other) => ({ ...other, bytes: await renderDownload(other) }))),
    await Promise.all(images),
  );
}

/** Every downloadable file of every published release. */
export async function listDownloads(): Promise<DownloadFile[]> {
  return (await getReleases()).flatMap(downloadsOf);
}

const rendered = new Map<string, Promise<Uint8Array>>();

/** The file's bytes, built once per process (the page shows sizes, the route serves the bytes). */
export function renderDownload(download: DownloadFile): Promise<Uint8Array> {
  let bytes = rendered.get(download.name);
  if (!bytes) {
    bytes = getNewsroom().then((newsroom) => {
      if (download.format === 'zip') return renderPressKit(download, newsroom);
      const document = releaseDocument(download.release, download.versions, newsroom);
      if (download.format === 'docx') return toDocx(document);
      if (download.format === 'pdf') return toPdf(document);
      return new TextEncoder().encode(download.format === 'md' ? toMarkdown(document) : toText(document));
    });
    rendered.set(download.name, bytes);
  }
  return bytes;
}

/** HTTP headers for a download: its media type, an attachment with its own file name, and its validators. */
export function downloadHeaders(download: DownloadFile): HeadersInit {
  const { etag, lastModified } = downloadValidators();
  return {
    'Content-Type': downloadFormats[download.format],
    'Content-Disposition': `attachment; filename="${download.name}"`,
    ETag: etag,
    'Last-Modified': lastModified,
  };
}

/** What the release page lists for a download. */
export type DownloadLink = Pick<DownloadFile, 'name' | 'format'> & { href: string; bytes: number };

/** Files with the same languages inside, listed together. */
export type DownloadGroup = { languages: DownloadLanguages; links: DownloadLink[] };

/** The release's downloads for its page: grouped by the languages inside (the reader's first), the press kit, and the reader's plain text. */
export type ReleaseDownloads = { groups: DownloadGroup[]; pressKit: DownloadLink; plainText: string };

export async function releaseDownloads(release: Release, locale: Locale): Promise<ReleaseDownloads> {
  const groups: DownloadGroup[] = [];
  let plainText: string | undefined;
  let pressKit: DownloadLink | undefined;
  for (const download of downloadsOf(release)) {
    const link = { name: download.name, format: download.format, href: downloadPath(download.name), bytes: (await renderDownload(download)).byteLength };
    if (download.format === 'zip') {
      pressKit = link;
      continue;
    }
    const group = groups.find((candidate) => candidate.languages === download.languages);
    if (group) group.links.push(link);
    else groups.push({ languages: download.languages, links: [link] });
    if (download.languages === locale && download.format === 'txt') plainText = link.href;
  }
  if (!plainText || !pressKit) throw new Error(`${release.slug}: no plain text download in ${locale}, or no press kit`);
  return { groups: groups.sort((a, b) => Number(b.languages === locale) - Number(a.languages === locale)), pressKit, plainText };
}
