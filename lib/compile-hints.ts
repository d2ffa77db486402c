import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * V8's explicit compile hint (Chrome 136 and later): compile every function of the file on a
 * background thread while it downloads. Without it V8 compiles each function on the main thread
 * the first time it runs, and React's and Next's chunks all run in the task that starts the page:
 * most of that task was compiling (a throttled phone blocked there 120–190 ms, more than half of
 * it the compile). Other engines read it as a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunks every page runs as it starts (React, Next's router, Turbopack's runtime), as the build's manifest names them. */
async function rootMainFiles(distDir: string): Promise<string[]> {
  const manifest = path.join(distDir, 'build-manifest.json');
  const { rootMainFiles: files } = JSON.parse(await readFile(manifest, 'utf8')) as { rootMainFiles?: unknown };
  if (!Array.isArray(files) || files.length === 0 || !files.every((file) => typeof file === 'string' && file.endsWith('.js'))) {
    throw new Error(`${manifest} names no rootMainFiles: the chunks every page starts with are unknown (has Next changed its manifest?)`);
  }
  return files as string[];
}

/**
 * Marks the chunks every page starts with for eager compilation; only those, since compiling
 * code a page never runs costs the phone memory and time. Runs after Next compiles, on the
 * chunks it has just written, and before it prerenders (next.config.ts). Browser source maps,
 * off here, would map one line out.
 */
export async function hintEagerCompile(distDir: string): Promise<void> {
  for (const file of await rootMainFiles(distDir)) {
    const chunk = path.join(distDir, file);
    await writeFile(chunk, COMPILE_HINT + (await readFile(chunk, 'utf8')));
  }
}
