import { env } from '@/lib/env';

/** The clock, read once when this module loads. */
const started = new Date();

/**
 * The moment a build publishes at: embargoes are decided against it while it renders. One
 * reading for the whole build, so a release cannot be in its page but out of a feed rendered a
 * second later: next.config.ts fixes `BUILD_TIME` for every build worker, and tests set it.
 */
export function buildTime(): Date {
  const fixed = env.buildTime();
  if (!fixed) return started;
  const time = new Date(fixed);
  if (Number.isNaN(time.getTime())) throw new Error(`BUILD_TIME is not a date: ${fixed}`);
  return time;
}

/**
 * The moment that decides what is public: the build's while it renders, the server's clock
 * afterwards, so a release goes public at its embargo with no build (several servers must keep
 * their clocks synchronised: README, "Several origins").
 */
export function publicationTime(): Date {
  return env.building() ? buildTime() : new Date();
}
