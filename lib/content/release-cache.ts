import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_LIMIT, TEXT_LIMIT, type ContentFolder } from './content-folder';
import { buildDir, IMAGES_DIR, releaseDir } from './layout';
import type { Release } from './release';

// Parsing a release (Markdown, validation, image probing) costs milliseconds; hashing its files
// costs microseconds. A build keeps each release's parsed form under the hash of everything it
// was made from, so an unchanged release costs a hash in the next build (a CI keeps .next/cache).

/** Bump when what the loader makes of the same files changes (new fields, other HTML). */
const FORMAT = 'release-v1';

/** The hash of a release's files (names and bytes) and of the newsroom it is validated against. */
export async function releaseHash(folder: ContentFolder, slug: string, newsroomSource: string): Promise<string> {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(newsroomSource);
  const dir = releaseDir(slug);
  for (const file of await folder.files(dir)) {
    const bytes = await folder.bytes(file, file.startsWith(`${dir}/${IMAGES_DIR}/`) ? IMAGE_LIMIT : TEXT_LIMIT);
    hash.update('\0').update(file.slice(dir.length + 1)).update('\0').update(String(bytes.byteLength)).update('\0').update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Parsed releases on disk by hash, under the build folder's cache. */
export class ReleaseCache {
  constructor(readonly dir = path.join(buildDir(), 'cache', 'content')) {}

  private file = (hash: string) => path.join(this.dir, `${hash}.json`);

  async get(hash: string): Promise<Release | undefined> {
    const text = await readFile(this.file(hash), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as Release;
    } catch {
      return undefined;
    }
  }

  /** Written whole or not at all: another build worker may read it meanwhile. */
  async set(hash: string, release: Release): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temporary = `${this.file(hash)}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(release));
    await rename(temporary, this.file(hash));
  }

  /** Drops every entry but `keep`: releases changed or deleted since. */
  async prune(keep: Set<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => []);
    await Promise.all(names.filter((name) => !keep.has(name.replace(/\.json$/, ''))).map((name) => rm(path.join(this.dir, name), { force: true })));
  }
}
