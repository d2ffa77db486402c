import { MemoryCache } from '@/lib/memory-cache';
import { buildTime, publicationTime } from './clock';
import { ContentError } from './content-error';
import { ContentFolder, IMAGE_LIMIT } from './content-folder';
import { readContentIndex, scheduleOf, type ContentIndex, type PublicationSchedule } from './content-index';
import { releaseCache, releaseHash } from './publishing/release-cache';
import { scanContent } from './publishing/scan';
import { imageName, releaseDir, releaseFile } from './layout';
import { loadRelease } from './loader';
import { isPublished, type Release, type ReleaseSummary } from './release';
import type { Newsroom } from './schema';
import { env } from '@/lib/env';

// What the read API (lib/content/index.ts) answers from. Lists read the content index (made once
// per build: lib/content/publishing/scan.ts, which also makes it in memory where no build wrote one:
// tests and the press team's commands); a release is loaded whole only when its own page or
// files are made, at build time or on its first request, from the same files.

/** Which releases a query sees: those public now, or (for the press team's commands) embargoed ones too. */
export type Visibility = { embargoed?: boolean };

type LoadedIndex = ContentIndex & {
  bySlug: Map<string, ReleaseSummary>;
  renames: PublicationSchedule['renames'];
  /** Every embargo moment of its releases, earliest first (ms). */
  embargoes: number[];
  /** The releases public once the first `n` embargoes have passed, by `n`: filtered once per embargo, not per request. */
  publicBy: Map<number, ReleaseSummary[]>;
};

const indexes = new Map<string, Promise<LoadedIndex>>();

async function loadIndex(): Promise<LoadedIndex> {
  const time = buildTime();
  const index = (await readContentIndex(time)) ?? { ...(await scanContent()), buildTime: time.toISOString() };
  const embargoes = [...new Set(index.releases.flatMap((release) => (release.embargo ? [Date.parse(release.embargo)] : [])))];
  return {
    ...index,
    bySlug: new Map(index.releases.map((release) => [release.slug, release])),
    renames: scheduleOf(index).renames,
    embargoes: embargoes.sort((a, b) => a - b),
    publicBy: new Map(),
  };
}

/** The content index of this build: the one written beside it, else made now (tests, commands). */
function getContentIndex(): Promise<LoadedIndex> {
  const key = env.contentDir() ?? '';
  let index = indexes.get(key);
  if (!index) {
    index = loadIndex();
    indexes.set(key, index);
  }
  return index;
}

/** The version of the code that renders releases into pages and files: part of every render cache key. */
export async function getRenderCode(): Promise<string> {
  return (await getContentIndex()).renderCode;
}

/** The newsroom: its name, the organisation, default contacts and tags. */
export async function getNewsroom(): Promise<Newsroom> {
  return (await getContentIndex()).newsroom;
}

/**
 * The releases of `index` public at `time`, newest first: the same list until the next embargo
 * passes (every list, tag and year page asks, and the proxy on each of their requests).
 */
function publicAt(index: LoadedIndex, time: Date): ReleaseSummary[] {
  const passed = index.embargoes.filter((moment) => moment <= time.getTime()).length;
  let releases = index.publicBy.get(passed);
  if (!releases) {
    releases = index.releases.filter((release) => isPublished(release, time));
    index.publicBy.set(passed, releases);
  }
  return releases;
}

/** Releases public now (embargoes passed: lib/content/clock.ts says whose clock), newest first, as the index has them. */
export async function getReleases({ embargoed = false }: Visibility = {}): Promise<ReleaseSummary[]> {
  const index = await getContentIndex();
  return embargoed ? index.releases : publicAt(index, publicationTime());
}

/** A release public now as the index has it, or `undefined` for an unknown slug or one still under embargo. */
export async function getReleaseSummary(slug: string, { embargoed = false }: Visibility = {}): Promise<ReleaseSummary | undefined> {
  const summary = (await getContentIndex()).bySlug.get(slug);
  return summary && (embargoed || isPublished(summary, publicationTime())) ? summary : undefined;
}

/**
 * The slug a release published under `oldSlug` has now (its `redirect_from`), once it is public
 * (or `embargoed`, for a preview); else `undefined`.
 */
export async function getRenamedSlug(oldSlug: string, { embargoed = false }: Visibility = {}): Promise<string | undefined> {
  const renamed = (await getContentIndex()).renames[oldSlug];
  return renamed && (embargoed || isPublished(renamed, publicationTime())) ? renamed.slug : undefined;
}

/** Whether the build renders this release ahead of any request. */
export async function isPrerendered(slug: string): Promise<boolean> {
  return (await getPrerenderedReleases()).some((release) => release.slug === slug);
}

/**
 * The releases the build renders ahead of any request: the newest public at its time. A server
 * asks the same of the build's time, not its own clock: a release public since its embargo was
 * not rendered ahead, and its page must not wait on its files' sizes (the downloads list).
 */
export async function getPrerenderedReleases(): Promise<ReleaseSummary[]> {
  const index = await getContentIndex();
  return publicAt(index, new Date(index.buildTime)).slice(0, index.prerendered);
}

/** Whole releases kept in memory: a build renders one release's pages and files together, a server the ones being read. */
const loaded = new MemoryCache<Release>(64);

async function loadWhole(index: LoadedIndex, summary: ReleaseSummary): Promise<Release> {
  const cached = await releaseCache().get(summary.hash);
  if (cached) return { ...cached, files: summary.files };
  // The content ships with the build: what is loaded now must be what the build validated.
  const folder = new ContentFolder(index.contentDir);
  if ((await releaseHash(folder, summary.slug, index.newsroomSource, index.contentCode)) !== summary.hash) {
    throw new ContentError(releaseDir(summary.slug), 'changed since this build validated it; build again to publish the change');
  }
  return { ...(await loadRelease(folder, index.newsroom, summary.slug)), hash: summary.hash, files: summary.files };
}

/** A published release, whole (its text, blocks and images), or `undefined` for an unknown or embargoed slug. */
export async function getRelease(slug: string, { embargoed = false }: Visibility = {}): Promise<Release | undefined> {
  const index = await getContentIndex();
  const summary = await getReleaseSummary(slug, { embargoed });
  if (!summary) return undefined;
  return loaded.get(`${index.contentDir}:${summary.hash}`, () => loadWhole(index, summary));
}

/** The bytes of a release's image, for the media routes and the press kit. */
export async function readReleaseImage(slug: string, file: string): Promise<Buffer> {
  return new ContentFolder((await getContentIndex()).contentDir).bytes(releaseFile(slug, imageName(file)), IMAGE_LIMIT);
}
