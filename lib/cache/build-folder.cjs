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

/** Where a build keeps Pretendard's slices, their manifest and their faces (lib/web-font). */
const webFontDir = () => cachePath('web-font');

/** Pretendard's faces, slice by slice, as this build cut them (lib/web-font/write.ts). */
const webFontFacesFile = () => path.join(webFontDir(), 'faces.css');

/**
 * The faces app/globals.css takes in, so that no page waits for a second stylesheet: next.config.ts
 * copies the compiling build's there just before it compiles. Beside the build folders, not in one:
 * what the stylesheet imports is read by Tailwind's own resolver, at a path written in it.
 */
const compiledFacesFile = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.web-font-faces.css');

/** The static 404 page as the build renders it (app/global-not-found.tsx), which routes of files answer too. */
const notFoundPageFile = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir(), 'server', 'app', '_not-found.html');

module.exports = { distDir, cachePath, scheduleFile, webFontDir, webFontFacesFile, compiledFacesFile, notFoundPageFile };
