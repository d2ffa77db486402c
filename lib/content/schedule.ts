import { formatKoreaTime } from '@/lib/i18n/formats';
import { isPublished, type ReleaseSummary } from './release';

/** A release waiting for its embargo: when it goes public, and how the press team reads that. */
export type Scheduled = { slug: string; moment: Date; line: string };

/** How long until a moment, to the minute, as a build log says it: "21 h 4 min", "2 d 3 h", "under a minute". */
export function formatWait(milliseconds: number): string {
  const minutes = Math.floor(milliseconds / 60_000);
  if (minutes < 1) return 'under a minute';
  const [days, hours, rest] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
}

/** The releases whose embargo is still ahead at `now`, soonest first, each with its line for `content:check`. */
export function scheduledReleases(releases: Pick<ReleaseSummary, 'slug' | 'embargo'>[], now: Date): Scheduled[] {
  return releases
    .filter((release) => !isPublished(release, now))
    .map(({ slug, embargo }) => {
      const moment = new Date(embargo!);
      return { slug, moment, line: `scheduled: ${slug} ${formatKoreaTime(moment)}, in ${formatWait(moment.getTime() - now.getTime())}` };
    })
    .sort((a, b) => a.moment.getTime() - b.moment.getTime());
}

/** The embargo moments still ahead at `now`, soonest first, each once: when what is public changes next. */
export function embargoMoments(releases: Pick<ReleaseSummary, 'embargo'>[], now: Date): Date[] {
  const ahead = new Set(releases.filter((release) => !isPublished(release, now)).map((release) => Date.parse(release.embargo!)));
  return [...ahead].sort((a, b) => a - b).map((time) => new Date(time));
}

/**
 * What is public from each moment on, for a build at `build`: its own releases, then one more
 * set at each embargo still ahead (the search index is made for each at build time).
 */
export function publicationEpochs<R extends Pick<ReleaseSummary, 'embargo'>>(releases: R[], build: Date): { from: Date; releases: R[] }[] {
  return [build, ...embargoMoments(releases, build)].map((from) => ({
    from,
    releases: releases.filter((release) => isPublished(release, from)),
  }));
}
