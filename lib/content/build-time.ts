/** The clock, read once when this module loads. */
const started = new Date();

/**
 * The moment a build publishes at: embargoes are decided against it. One reading for the whole
 * build, so a release cannot be in its page but out of a feed rendered a second later:
 * next.config.ts fixes `BUILD_TIME` for every build worker, and tests set it to move the clock.
 */
export function buildTime(): Date {
  const fixed = process.env.BUILD_TIME;
  if (!fixed) return started;
  const time = new Date(fixed);
  if (Number.isNaN(time.getTime())) throw new Error(`BUILD_TIME is not a date: ${fixed}`);
  return time;
}
