import { readFile } from 'node:fs/promises';
import { cachePath, writeWhole } from '@/lib/build-cache';
import { CONTENT_CODE, RENDER_CODE, sourceVersion } from '@/lib/source-version';
import { ContentErrors, problemsOf, type ContentError } from './content-error';
import { ContentFolder } from './content-folder';
import { contentDir } from './layout';
import { loadNewsroom, loadRelease, releaseSlugs } from './loader';
import { summaryOf, type Release, type ReleaseSummary } from './release';
import { releaseCache, releaseHash } from './release-cache';
import { embargoMoments } from './schedule';
import type { Newsroom } from './schema';

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
  const setting = process.env.PRERENDERED_RELEASES;
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
export async function scanContent(visit: (release: Release) => void | Promise<void> = () => undefined, root = contentDir()): Promise<Omit<ContentIndex, 'buildTime'>> {
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
  if (errors.length) throw new ContentErrors(errors.sort((a, b) => a.file.localeCompare(b.file)));
  await cache.prune(seen);
  return { contentDir: root, newsroom, newsroomSource, contentCode, renderCode, releases: releases.sort(newestFirst), prerendered: prerenderedCount() };
}

/**
 * Where a build keeps its content index, read by every page it renders and serves. Under the
 * cache folder, which `next build` keeps (it empties the rest of the build folder after this
 * is written); a server without it makes the index again from the content folder.
 */
const indexFile = () => cachePath('content-index.json');

/**
 * The moments a build's server must expire what Next's cache holds (lib/cache/embargo-cache-handler.cjs,
 * which reads it at startup): the build's time and each embargo still ahead of it.
 */
export type EmbargoSchedule = { buildTime: string; moments: string[] };

const scheduleFile = () => cachePath('embargo-schedule.json');

/** The embargo schedule written for the build at `buildTime`, or `undefined`. */
export async function readEmbargoSchedule(buildTime: Date): Promise<EmbargoSchedule | undefined> {
  const text = await readFile(scheduleFile(), 'utf8').catch(() => undefined);
  const schedule = text === undefined ? undefined : (JSON.parse(text) as EmbargoSchedule);
  return schedule?.buildTime === buildTime.toISOString() ? schedule : undefined;
}

/** Makes the index for the build at `buildTime` and writes it, and its embargo schedule, beside the build. */
export async function writeContentIndex(buildTime: Date, visit?: (release: Release) => Promise<void>): Promise<ContentIndex> {
  const index = { ...(await scanContent(visit)), buildTime: buildTime.toISOString() };
  const schedule: EmbargoSchedule = { buildTime: index.buildTime, moments: embargoMoments(index.releases, buildTime).map((moment) => moment.toISOString()) };
  await writeWhole(indexFile(), JSON.stringify(index));
  await writeWhole(scheduleFile(), JSON.stringify(schedule));
  return index;
}

/**
 * Whether what a build wrote beside itself (the content index, the search index) is this
 * build's: written at its time, from `CONTENT_DIR` when that is set; another build's is not used.
 */
export const writtenFor = (written: Pick<ContentIndex, 'buildTime' | 'contentDir'>, buildTime: Date) =>
  written.buildTime === buildTime.toISOString() && (process.env.CONTENT_DIR === undefined || written.contentDir === contentDir());

/** The index written for the build at `buildTime`, or `undefined`. */
export async function readContentIndex(buildTime: Date): Promise<ContentIndex | undefined> {
  const text = await readFile(indexFile(), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const index = JSON.parse(text) as ContentIndex;
  return writtenFor(index, buildTime) ? index : undefined;
}
