// The build folder and what a build writes in it for its server, in one place for the three that
// read it: the site's code, next.config.ts and the cache handler Next loads unbundled (hence
// plain CommonJS).
const path = require('node:path');

/** NEXT_DIST_DIR: the build folder, `.next` unless a test or the bench builds beside it. */
const distDir = () => process.env.NEXT_DIST_DIR ?? '.next';

/** A file or folder under the build folder's cache, which `next build` keeps. */
const cachePath = (name) => path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir(), 'cache', name);

/** Where a build writes its publication schedule (lib/content/publishing/scan.ts). */
const scheduleFile = () => cachePath('publication-schedule.json');

/**
 * Pretendard's faces, slice by slice, as the build being compiled cut them (lib/web-font): CSS
 * that app/globals.css takes in, so no page waits for a second stylesheet. Beside the build
 * folders, not in one: what the stylesheet imports is read by Tailwind's own resolver, at a path
 * written in the stylesheet.
 */
const webFontFacesFile = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.web-font-faces.css');

/** The static 404 page as the build renders it (app/global-not-found.tsx), which routes of files answer too. */
const notFoundPageFile = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir(), 'server', 'app', '_not-found.html');

module.exports = { distDir, cachePath, scheduleFile, webFontFacesFile, notFoundPageFile };
