// Next's own cache of rendered pages and files (in memory, and the build's files on disk) with one
// rule added: whatever it holds that was made before the latest embargo that has passed is
// expired, so Next renders it again, waiting for the new render, on its next request (a render that
// began before the embargo counts as made then, wherever it ends). Lists, feeds and related links
// are thereby never older than the last embargo. It keeps no 404 rendered on request.
// Plain CommonJS: Next loads this file itself when the server starts, without bundling it.
const { readFileSync } = require('node:fs');
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { scheduleFile } = require('./build-folder.cjs');

/** When this server started: anything made before is from the build, made at the build's time. */
const started = Date.now();

/**
 * Whether an entry made at `lastModified` was made before the latest embargo passed at `now`.
 * `schedule` is what the build wrote (lib/content/publishing/scan.ts): its time and its pending embargoes.
 */
function madeBeforeEmbargo(lastModified, schedule, now, startedAt = started) {
  const made = lastModified < startedAt ? Date.parse(schedule.buildTime) : lastModified;
  const passed = schedule.moments.map(Date.parse).filter((moment) => moment <= now);
  return passed.length > 0 && made < Math.max(...passed);
}

let schedule;
function readSchedule() {
  if (schedule) return schedule;
  const file = scheduleFile();
  try {
    schedule = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} is missing or unreadable: build again (next build writes it) before serving`);
  }
  return schedule;
}

/** While `next build` runs (its 404 pages are written like any other page). */
const building = () => process.env.NEXT_PHASE === 'phase-production-build';

/** Whether an embargo of `schedule` passed after `from` and by `to`. */
const embargoBetween = (schedule, from, to) => schedule.moments.map(Date.parse).some((moment) => moment > from && moment <= to);

/**
 * Next stamps an entry when it stores it, not when its render began: a render that began before an
 * embargo (without the release) and was stored after it would count as made after, and be kept
 * until the next embargo. So each address Next is rendering is noted when its lookup finds nothing
 * it may serve (`rendering`: when that render began), and an entry whose render straddled an
 * embargo is counted as made when its render began (`straddled`, a few addresses at most).
 */
const rendering = new Map();
const straddled = new Map();
/** Lookups that never end in a store (a render that failed) are forgotten past this many. */
const RENDERING_LIMIT = 10_000;

class EmbargoCache extends FileSystemCache {
  // A 404 rendered on request (an unknown release, topic or year) is not kept: every unknown
  // address would take a place in memory (about 60 KB each: its page and its RSC payload) until
  // the 50 MB budget was full of them. Rendering one again costs a few milliseconds.
  async set(key, data, ctx) {
    const began = rendering.get(key);
    rendering.delete(key);
    if (data?.status === 404 && !building()) return;
    await super.set(key, data, ctx);
    if (began !== undefined && !building() && embargoBetween(readSchedule(), began, Date.now())) straddled.set(key, began);
    else straddled.delete(key);
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const made = straddled.get(key) ?? entry?.lastModified;
    // lastModified -1 is Next's own mark of an expired entry (as for an expired tag): a blocking render.
    const expired = entry && (entry.lastModified === -1 || madeBeforeEmbargo(made, readSchedule(), Date.now()));
    // The earliest lookup counts: requests that come while it renders wait for that render.
    if ((!entry || expired) && !rendering.has(key)) {
      if (rendering.size >= RENDERING_LIMIT) rendering.clear();
      rendering.set(key, Date.now());
    }
    return expired ? { ...entry, lastModified: -1 } : entry;
  }
}

EmbargoCache.madeBeforeEmbargo = madeBeforeEmbargo;
module.exports = EmbargoCache;
