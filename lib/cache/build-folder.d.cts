/** NEXT_DIST_DIR: the build folder, `.next` unless a test or the bench builds beside it. */
export declare const distDir: () => string;
/** A file or folder under the build folder's cache, which `next build` keeps. */
export declare const cachePath: (name: string) => string;
/** Where a build writes its publication schedule (lib/content/publishing/scan.ts). */
export declare const scheduleFile: () => string;
/** Pretendard's faces as the build being compiled cut them (lib/web-font), which app/globals.css takes in. */
export declare const webFontFacesFile: () => string;
/** The static 404 page as the build renders it (app/global-not-found.tsx), which routes of files answer too. */
export declare const notFoundPageFile: () => string;
