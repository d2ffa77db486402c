import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The code that turns a release's files into its parsed form. */
export const CONTENT_CODE = ['lib/content', 'lib/media', 'lib/i18n', 'lib/routes.ts', 'lib/site.ts', 'package-lock.json'];
/** The code that turns a release into pages and files: all of it, and the messages. */
export const RENDER_CODE = ['app', 'components', 'lib', 'messages', 'package-lock.json'];

async function filesUnder(entry: string): Promise<string[]> {
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), entry);
  const found = await readdir(absolute, { withFileTypes: true }).catch(() => undefined);
  if (!found) return [entry];
  const nested = await Promise.all(
    found.sort((a, b) => (a.name < b.name ? -1 : 1)).map((child) => filesUnder(path.posix.join(entry, child.name))),
  );
  return nested.flat();
}

/** A short hash of the files under `entries` (paths and bytes): what a cache of their output must be keyed by too. */
export async function sourceVersion(entries: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await Promise.all(entries.map(filesUnder))).flat()) {
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)));
  }
  return hash.digest('hex').slice(0, 16);
}
