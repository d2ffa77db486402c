import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findReleases, type IndexSource } from '@/lib/search/browser/query';
import { getSearchFiles } from '@/lib/search/indexing';
import { chunkFile, headFile, releaseFile, releasesFile } from '@/lib/search/format';

// A newsroom before its first release: the search page must answer, with nothing found.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'content-'));
  await cp(path.join(import.meta.dirname, '../fixtures/content/search/newsroom.yml'), path.join(dir, 'newsroom.yml'));
  await mkdir(path.join(dir, 'releases'));
  vi.stubEnv('CONTENT_DIR', dir);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true });
});

describe('an empty newsroom', () => {
  it('has a search index that finds nothing, in either language, without fetching a chunk', async () => {
    const files = await getSearchFiles();
    const read = async (name: string) => JSON.parse((await files.file(name))!);
    const source: IndexSource = {
      head: () => read(headFile),
      chunk: (chunk) => read(chunkFile(chunk)),
      releases: (file) => read(releasesFile(file)),
      release: (slug) => read(releaseFile(slug)),
    };
    for (const locale of ['ko', 'en'] as const)
      expect((await findReleases({ query: '동반성장 supplier' }, locale, source)).matches).toEqual([]);
    expect(await files.file(chunkFile(0))).toBeUndefined();
  });
});
