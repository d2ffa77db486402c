import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { distDir } from '@/lib/cache/build-folder.cjs';

/**
 * The environment the site reads, in one place (the README's Configuration table). Each is read
 * when asked, not when this loads: tests and commands set them before a call. next.config.ts reads
 * its own (it runs before any of this), but for the build folder, which lib/cache/build-folder.cjs
 * reads for it and for the CommonJS cache handler Next loads.
 */
export const env = {
  /** CONTENT_DIR: the content folder, unset for `content/` (tests and benchmarks use their own). */
  contentDir: () => process.env.CONTENT_DIR,
  /** NEXT_DIST_DIR: the build folder, `.next` unless a test or the bench builds beside it. */
  distDir,
  /** BUILD_TIME: the moment a build publishes at, fixed by next.config.ts for every build worker (inlined by Next). */
  buildTime: () => process.env.BUILD_TIME,
  /** PRERENDERED_RELEASES: how many of the newest releases the build renders ahead, unset for the default. */
  prerenderedReleases: () => process.env.PRERENDERED_RELEASES,
  /** SITE_URL: the public origin every absolute URL is made from. */
  siteUrl: () => process.env.SITE_URL ?? 'http://localhost:3000',
  /** PREVIEW_SECRET: signs preview links; unset, none are made or honoured. */
  previewSecret: () => process.env.PREVIEW_SECRET,
  /** PREVIEW_KEY_ID: the key id links are signed under; a new one revokes every earlier link. */
  previewKeyId: () => process.env.PREVIEW_KEY_ID ?? '1',
  /** Whether this runs inside `next build` (its workers), not a server or a command. */
  building: () => process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD,
};
