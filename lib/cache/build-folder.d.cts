/** NEXT_DIST_DIR: the build folder, `.next` unless a test or the bench builds beside it. */
export declare const distDir: () => string;
/** A file or folder under the build folder's cache, which `next build` keeps. */
export declare const cachePath: (name: string) => string;
/** Where a build writes its publication schedule (lib/content/publishing/scan.ts). */
export declare const scheduleFile: () => string;
/** Where a build keeps Pretendard's slices, their manifest and their faces (lib/web-font). */
export declare const webFontDir: () => string;
/** Pretendard's faces, slice by slice, as this build cut them (lib/web-font/write.ts). */
export declare const webFontFacesFile: () => string;
/** The faces app/globals.css takes in: next.config.ts copies the compiling build's there just before it compiles. */
export declare const compiledFacesFile: () => string;
/** The static 404 page as the build renders it (app/global-not-found.tsx), which routes of files answer too. */
export declare const notFoundPageFile: () => string;
