import { readFile } from 'node:fs/promises';
import { cachePath } from '@/lib/build-cache';
import { env } from '@/lib/env';
import { contentDir } from './layout';
import type { ReleaseSummary } from './release';
import { embargoMoments } from './schedule';
import type { Newsroom } from './schema';

// The content index, as the build writes it (lib/content/publishing/scan.ts) and its pages read it.

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

/**
 * Where a build keeps its content index, read by every page it renders and serves. Under the
 * cache folder, which `next build` keeps (it empties the rest of the build folder after this
 * is written); a server without it makes the index again from the content folder.
 */
export const indexFile = () => cachePath('content-index.json');

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
