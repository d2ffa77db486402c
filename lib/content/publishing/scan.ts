import { writeWhole } from '@/lib/build-cache';
import { scheduleFile } from '@/lib/cache/build-folder.cjs';
import { env } from '@/lib/env';
import { site } from '@/lib/site';
import { CONTENT_CODE, RENDER_CODE, sourceVersion } from '@/lib/source-version';
import { ContentError, ContentErrors, problemsOf } from '../content-error';
import { ContentFolder } from '../content-folder';
import { indexFile, scheduleOf, type ContentIndex } from '../content-index';
import { contentDir, FACTS_FILE, releaseDir, releaseFile } from '../layout';
import { loadNewsroom, loadRelease, releaseSlugs } from '../loader';
import { summaryOf, type Release, type ReleaseSummary } from '../release';
import { filesVersion, releaseCache, releaseHash } from './release-cache';

// Making the content index: every release validated (each from the cache when unchanged), and
// the index and its publication schedule written beside the build.

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
  const [parser, renderCode] = await Promise.all([sourceVersion(CONTENT_CODE), sourceVersion(RENDER_CODE)]);
  // What parsing makes of a release names the site's address (its images', its links' in files and feeds).
  const contentCode = `${parser} ${site.url.href}`;
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
        let parsed = await cache.get(hash);
        if (!parsed) {
          parsed = { ...(await loadRelease(folder, newsroom, slug)), hash };
          await cache.set(hash, parsed);
        }
        const release = { ...parsed, files: filesVersion(hash, renderCode) };
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
  errors.push(...selfClaims(releases), ...claimConflicts(releases));
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

/** A release whose redirect_from names its own slug: its pages would redirect to themselves, endlessly. */
const selfClaims = (releases: ReleaseSummary[]): ContentError[] =>
  releases
    .filter((release) => release.redirect_from.includes(release.slug))
    .map(
      (release) =>
        new ContentError(
          releaseFile(release.slug, FACTS_FILE),
          `redirect_from names ${release.slug}, the release itself: a release redirects only from slugs it no longer has`,
        ),
    );

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
              releaseFile(owner, FACTS_FILE),
              `${slug} is claimed by ${owners.map(releaseDir).join(' and ')}: a slug names one release (its own, or one in redirect_from)`,
            ),
        ),
    );
}

/** Makes the index for the build at `buildTime` and writes it, and its publication schedule, beside the build. */
export async function writeContentIndex(buildTime: Date, visit?: (release: Release) => Promise<void>): Promise<ContentIndex> {
  const index = { ...(await scanContent(visit)), buildTime: buildTime.toISOString() };
  await writeWhole(indexFile(), JSON.stringify(index));
  await writeWhole(scheduleFile(), JSON.stringify(scheduleOf(index)));
  return index;
}
