import { readFile } from 'node:fs/promises';
import { cachePath, writeWhole } from '@/lib/build-cache';
import { CONTENT_CODE, RENDER_CODE, sourceVersion } from '@/lib/source-version';
import { ContentError, ContentErrors, problemsOf } from './content-error';
import { ContentFolder } from './content-folder';
import { contentDir, releaseDir, releaseFile } from './layout';
import { loadNewsroom, loadRelease, releaseSlugs } from './loader';
import { summaryOf, type Release, type ReleaseSummary } from './release';
import { releaseCache, releaseHash } from './release-cache';
import { embargoMoments } from './schedule';
import type { Newsroom } from './schema';
import { env } from '@/lib/env';

/**
 * What lists, feeds, the sitemap and search read: the newsroom and a summary of every valid
 * release (embargoed ones too; the build's clock decides what is published), newest first.
 */
export type ContentIndex = {
  /** The content folder it was made from, absolute. */
  contentDir: string;
  /** The build it was made for (BUILD_TIME); another build's index is not used. */
  buildTime: string;
  newsroom: Newsroom;
  newsroomSource: string;
  /** Versions of the code that parses releases and of the code that renders them (lib/source-version.ts). */
  contentCode: string;
  renderCode: string;
  releases: ReleaseSummary[];
  /** How many releases, newest first, the build renders ahead; the rest render on their first request. */
  prerendered: number;
};

/** Enough for every release a reader lands on from the home page, a feed or a search engine's news results. */
const PRERENDERED_RELEASES = 100;

/** `PRERENDERED_RELEASES` when set (tests build small newsrooms with old releases to render on demand). */
function prerenderedCount(): number {
  const setting = env.prerenderedReleases();
  if (setting === undefined) return PRERENDERED_RELEASES;
  if (!/^\d+$/.test(setting)) throw new Error(`PRERENDERED_RELEASES is not a number: ${setting}`);
  return Number(setting);
}

/** Releases parsed at once: enough to keep both cores busy, few enough to keep file handles in check. */
const CONCURRENCY = 32;

const newestFirst = (a: ReleaseSummary, b: ReleaseSummary) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);

/**
 * Validates every release of the content folder, each from the cache when its files are
 * unchanged, and hands each to `visit`; every problem is collected, so one bad release does not
 * hide the next one's. The cache keeps exactly the releases seen.
 */
export async function scanContent(
  visit: (release: Release) => void | Promise<void> = () => undefined,
  root = contentDir(),
): Promise<Omit<ContentIndex, 'buildTime'>> {
  const folder = new ContentFolder(root);
  const { newsroom, source: newsroomSource } = await loadNewsroom(folder);
  const slugs = await releaseSlugs(folder);
  const cache = releaseCache();
  const [contentCode, renderCode] = await Promise.all([sourceVersion(CONTENT_CODE), sourceVersion(RENDER_CODE)]);
  const releases: ReleaseSummary[] = [];
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  let next = 0;
  async function work() {
    while (next < slugs.length) {
      const slug = slugs[next++]!;
      try {
        const hash = await releaseHash(folder, slug, newsroomSource, contentCode);
        seen.add(hash);
        let release = await cache.get(hash);
        if (!release) {
          release = { ...(await loadRelease(folder, newsroom, slug)), hash };
          await cache.set(hash, release);
        }
        await visit(release);
        releases.push(summaryOf(release));
      } catch (error) {
        const problems = problemsOf(error);
        if (!problems) throw error;
        errors.push(...problems);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, work));
  errors.push(...claimConflicts(releases));
  if (errors.length) throw new ContentErrors(errors.sort((a, b) => a.file.localeCompare(b.file)));
  await cache.prune(seen);
  return {
    contentDir: root,
    newsroom,
    newsroomSource,
    contentCode,
    renderCode,
    releases: releases.sort(newestFirst),
    prerendered: prerenderedCount(),
  };
}

/** Two releases that claim one slug (as their own or in `redirect_from`): each named, in each one's release.yml. */
function claimConflicts(releases: ReleaseSummary[]): ContentError[] {
  const claimants = new Map<string, string[]>();
  for (const release of releases)
    for (const slug of new Set([release.slug, ...release.redirect_from]))
      claimants.set(slug, [...(claimants.get(slug) ?? []), release.slug]);
  return [...claimants]
    .filter(([, owners]) => owners.length > 1)
    .flatMap(([slug, owners]) =>
      owners
        .sort()
        .map(
          (owner) =>
            new ContentError(
              releaseFile(owner, 'release.yml'),
              `${slug} is claimed by ${owners.map(releaseDir).join(' and ')}: a slug names one release (its own, or one in redirect_from)`,
            ),
        ),
    );
}

/**
 * Where a build keeps its content index, read by every page it renders and serves. Under the
 * cache folder, which `next build` keeps (it empties the rest of the build folder after this
 * is written); a server without it makes the index again from the content folder.
 */
const indexFile = () => cachePath('content-index.json');

/**
 * What a build's server needs to know of its releases' moments and names without the whole index
 * (lib/cache/embargo-cache-handler.cjs and next.config.ts read it): the build's time, each embargo
 * still ahead of it, and each old slug of a renamed release with its new one (and when that goes public).
 */
export type PublicationSchedule = {
  buildTime: string;
  moments: string[];
  renames: Record<string, Pick<ReleaseSummary, 'slug' | 'embargo'>>;
};

const scheduleFile = () => cachePath('publication-schedule.json');

/** The schedule of a build's index, written beside it for the readers that do not load the index. */
export function scheduleOf(index: Pick<ContentIndex, 'buildTime' | 'releases'>): PublicationSchedule {
  const renames = Object.fromEntries(
    index.releases.flatMap(({ slug, embargo, redirect_from }) => redirect_from.map((old) => [old, { slug, embargo }])),
  );
  return {
    buildTime: index.buildTime,
    moments: embargoMoments(index.releases, new Date(index.buildTime)).map((moment) => moment.toISOString()),
    renames,
  };
}

/** Makes the index for the build at `buildTime` and writes it, and its publication schedule, beside the build. */
export async function writeContentIndex(buildTime: Date, visit?: (release: Release) => Promise<void>): Promise<ContentIndex> {
  const index = { ...(await scanContent(visit)), buildTime: buildTime.toISOString() };
  await writeWhole(indexFile(), JSON.stringify(index));
  await writeWhole(scheduleFile(), JSON.stringify(scheduleOf(index)));
  return index;
}

/**
 * Whether what a build wrote beside itself (the content index, the search index) is this
 * build's: written at its time, from `CONTENT_DIR` when that is set; another build's is not used.
 */
export const writtenFor = (written: Pick<ContentIndex, 'buildTime' | 'contentDir'>, buildTime: Date) =>
  written.buildTime === buildTime.toISOString() && (env.contentDir() === undefined || written.contentDir === contentDir());

/** The index written for the build at `buildTime`, or `undefined`. */
export async function readContentIndex(buildTime: Date): Promise<ContentIndex | undefined> {
  const text = await readFile(indexFile(), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const index = JSON.parse(text) as ContentIndex;
  return writtenFor(index, buildTime) ? index : undefined;
}
