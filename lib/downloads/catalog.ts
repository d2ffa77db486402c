import type { Locale } from 'next-intl';
import { cachedRender } from '@/lib/build-cache';
import { MemoryCache } from '@/lib/memory-cache';
import { getNewsroom, getRelease, getReleaseSummary, getRenamedSlug, getRenderCode, readReleaseImage } from '@/lib/content';
import { releaseDir } from '@/lib/content/layout';
import { bilingualOf, type Release } from '@/lib/content/release';
import { previewLines, type PreviewNote } from '@/lib/preview/lines';
import { downloadPath } from '@/lib/routes';
import { downloadFormats, type DownloadLanguages } from './formats';
import { downloadsOf, slugCandidates, type DownloadEntry } from './manifest';
import { toPressKit } from './press-kit';
import { releaseDocument } from './release-document';
import { toDocx } from './to-docx';
import { toMarkdown } from './to-markdown';
import { toPdf } from './to-pdf';
import { toText } from './to-text';

/** The name a download of a renamed release (`redirect_from`) has now, for its old name; else `undefined`. */
export async function renamedDownload(name: string): Promise<string | undefined> {
  for (const old of slugCandidates(name)) {
    const slug = await getRenamedSlug(old);
    if (slug) return `${slug}${name.slice(old.length)}`;
  }
  return undefined;
}

/** The download of a published release with this name, or `undefined`. */
export async function findDownload(name: string): Promise<DownloadEntry | undefined> {
  for (const slug of slugCandidates(name)) {
    const summary = await getReleaseSummary(slug);
    const found = summary && downloadsOf(summary).find((download) => download.name === name);
    if (found) return found;
  }
  return undefined;
}

const versionsOf = (release: Release, download: DownloadEntry) => download.locales.map((locale) => release.versions[locale]!);

/** Makes a file of `release`; a preview's (with `note`) says at its top whom it was made for and the embargo it is under. */
async function render(release: Release, download: DownloadEntry, note?: PreviewNote): Promise<Uint8Array> {
  const newsroom = await getNewsroom();
  const lines = note && ((locale: Locale) => previewLines(note, locale));
  if (download.format === 'zip') {
    const files = downloadsOf(release).filter((other) => other.format !== 'zip');
    const images = Object.values(release.images).map(async (image) => ({ image, bytes: await readReleaseImage(release.slug, image.file) }));
    const bytes = (other: DownloadEntry) => (note ? render(release, other, note) : renderDownload(other));
    return toPressKit(
      release,
      newsroom,
      await Promise.all(files.map(async (other) => ({ ...other, bytes: await bytes(other) }))),
      await Promise.all(images),
      lines,
    );
  }
  const document = releaseDocument(release, versionsOf(release, download), newsroom, lines);
  if (download.format === 'docx') return toDocx(document);
  if (download.format === 'pdf') return toPdf(document);
  return new TextEncoder().encode(download.format === 'md' ? toMarkdown(document) : toText(document));
}

/**
 * Files kept in memory once made: a build makes a release's files together (the press kit holds the
 * others), a server the ones being asked for.
 */
const rendered = new MemoryCache<Uint8Array>(64);

/** The file's bytes, made from the release it belongs to (loaded whole only now). */
export function renderDownload(download: DownloadEntry): Promise<Uint8Array> {
  return rendered.get(download.etag, async () => {
    const code = await getRenderCode();
    return cachedRender(`download:${code}:${download.etag}`, async () => {
      const release = await getRelease(download.slug);
      if (!release) throw new Error(`${releaseDir(download.slug)} is not published`);
      return render(release, download);
    });
  });
}

/** A preview's file, made for its one reader each time it is asked for (never kept: it names them). */
export const renderPreviewDownload = (release: Release, download: DownloadEntry, note: PreviewNote) => render(release, download, note);

/** HTTP headers of a download beside those of every file (lib/http): its media type, and an attachment with its own file name. */
export function downloadHeaders(download: DownloadEntry): Record<string, string> {
  return { 'Content-Type': downloadFormats[download.format], 'Content-Disposition': `attachment; filename="${download.name}"` };
}

/** What the release page lists for a download; its size where the build made the file. */
export type DownloadLink = Pick<DownloadEntry, 'name' | 'format'> & { href: string; bytes?: number };

/** Files with the same languages inside, listed together. */
export type DownloadGroup = { languages: DownloadLanguages; links: DownloadLink[] };

/**
 * The release's downloads for its page: grouped by the languages inside (the reader's first), the
 * press kit, and the reader's plain text.
 */
/** The press kit's link, and what it holds besides every file: both languages or the original alone, and how many photos. */
export type PressKitLink = DownloadLink & { languages: 'both' | 'original'; images: number };
export type ReleaseDownloads = { groups: DownloadGroup[]; pressKit: PressKitLink; plainText: string };

/**
 * The downloads a release page lists. With `sizes` (a release the build renders ahead, whose
 * files it makes anyway) each link says how large its file is; a page rendered on its first
 * request does not make thirteen files to say so.
 */
export async function releaseDownloads(
  release: Release,
  locale: Locale,
  { sizes, href = downloadPath }: { sizes: boolean; href?: (name: string) => string },
): Promise<ReleaseDownloads> {
  const groups: DownloadGroup[] = [];
  let plainText: string | undefined;
  let pressKit: PressKitLink | undefined;
  for (const download of downloadsOf(release)) {
    const link: DownloadLink = {
      name: download.name,
      format: download.format,
      href: href(download.name),
      ...(sizes && { bytes: (await renderDownload(download)).byteLength }),
    };
    if (download.format === 'zip') {
      pressKit = { ...link, languages: bilingualOf(release) ? 'both' : 'original', images: Object.keys(release.images).length };
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
