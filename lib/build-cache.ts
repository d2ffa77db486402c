import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cachePath } from '@/lib/cache/build-folder.cjs';
import { env } from '@/lib/env';

// What a build makes from a release (its parsed form, its search postings, a PDF, a share image)
// depends on the release's files and on the code. A build keeps each under a hash of both in
// .next/cache, so the next build makes again only what a correction or a code change touched
// (a CI keeps .next/cache between runs). A server never writes here.

/** A file or folder under the build folder's cache (lib/cache/build-folder.cjs). */
export { cachePath };

let writes = 0;

/** Writes whole or not at all: another build worker may read the file meanwhile, or write it too (each writes its own temporary file). */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${++writes}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/** Values kept as JSON files under `.next/cache/{name}/`, by a key that names all they depend on. */
export class JsonCache<T> {
  private readonly dir: string;

  constructor(name: string) {
    this.dir = cachePath(name);
  }

  private file = (key: string) => path.join(this.dir, `${key}.json`);

  async get(key: string): Promise<T | undefined> {
    const text = await readFile(this.file(key), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: T): Promise<void> {
    return writeWhole(this.file(key), JSON.stringify(value));
  }

  /** Drops every entry but those of `keep`: what was changed or deleted since. */
  async prune(keep: Set<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => []);
    await Promise.all(
      names.filter((name) => !keep.has(name.replace(/\.json$/, ''))).map((name) => rm(path.join(this.dir, name), { force: true })),
    );
  }
}

/** The bytes `make` makes; while Next builds, from the cache when `key` was made before. */
export async function cachedRender(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (!env.building()) return make();
  const file = path.join(cachePath('renders'), createHash('sha256').update(key).digest('hex').slice(0, 40));
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Uint8Array(cached);
  const bytes = await make();
  await writeWhole(file, bytes);
  return bytes;
}
