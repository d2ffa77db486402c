import { buildTime } from './build-time';
import { loadReleases } from './loader';
import { isPublished, type Release } from './release';

/** Releases published at build time (embargoes passed), newest first. */
export async function getReleases(): Promise<Release[]> {
  const time = buildTime();
  return (await loadReleases()).filter((release) => isPublished(release, time));
}

/** A published release by slug, or `undefined`. */
export async function getRelease(slug: string): Promise<Release | undefined> {
  return (await getReleases()).find((release) => release.slug === slug);
}
