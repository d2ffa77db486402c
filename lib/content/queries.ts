import { buildTime } from './build-time';
import { loadContent } from './loader';
import { isPublished, type Release } from './release';
import type { Newsroom } from './schema';

/** Releases published at build time (embargoes passed), newest first. */
export async function getReleases(): Promise<Release[]> {
  const time = buildTime();
  return (await loadContent()).releases.filter((release) => isPublished(release, time));
}

/** A published release by slug, or `undefined`. */
export async function getRelease(slug: string): Promise<Release | undefined> {
  return (await getReleases()).find((release) => release.slug === slug);
}

/** The newsroom: its name, the organisation, default contacts and tags. */
export async function getNewsroom(): Promise<Newsroom> {
  return (await loadContent()).newsroom;
}
