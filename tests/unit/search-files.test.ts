import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headFile, releaseFile } from '@/lib/search/format';
import { RENDER_CODE, sourceVersion } from '@/lib/source-version';

// The search files a build writes beside itself (lib/search/indexing/search-files.ts), read back
// by its server: the same files as an index made in memory, for this build only.

const BUILD_TIME = '2026-12-01T00:00:00.000Z';

/** Fresh modules: the store and the search files each keep what they read for the process. */
async function fresh() {
  vi.resetModules();
  return { search: await import('@/lib/search/indexing'), publishing: await import('@/lib/content/publishing') };
}

/** A build of a copy of the valid fixture into a folder of its own, at BUILD_TIME; its folder. */
async function aBuild(): Promise<string> {
  const content = await mkdtemp(path.join(tmpdir(), 'search-content-'));
  await cp(path.join(import.meta.dirname, '../fixtures/content/valid'), content, { recursive: true });
  const dist = await mkdtemp(path.join(tmpdir(), 'search-dist-'));
  vi.stubEnv('CONTENT_DIR', content);
  vi.stubEnv('NEXT_DIST_DIR', dist);
  vi.stubEnv('BUILD_TIME', BUILD_TIME);
  return dist;
}

/** What the build's index step writes (scripts/content/build-index.mts): the content index, the postings, the search files. */
async function writeBuildFiles() {
  const { search, publishing } = await fresh();
  const postings = search.postingsKeeper(await sourceVersion(RENDER_CODE));
  await publishing.writeContentIndex(new Date(BUILD_TIME), postings.keep);
  await postings.prune();
  return search.writeSearchFiles();
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.resetModules();
});

// Each test validates a content folder and writes a build's files: seconds on a busy machine.
describe('the search files of a build', { timeout: 30_000 }, () => {
  it('are written once, served from the files, and the same as made in memory; an embargo ahead gets its own', async () => {
    const dist = await aBuild();

    const memory = await (await fresh()).search.getSearchFiles();

    const written = await writeBuildFiles();
    // The fixture's release embargoed until 2099: an index of its own, served from that moment.
    expect(written).toMatchObject({ version: memory.version, scheduled: 1 });
    const versions = (await readdir(path.join(dist, 'cache/search'))).filter((name) => name !== 'current.json');
    expect(versions).toHaveLength(2);
    const names = await readdir(path.join(dist, 'cache/search', written.version));
    expect(names).toContain(headFile);

    const served = await (await fresh()).search.getSearchFiles();
    expect(served.version).toBe(memory.version);
    for (const name of [...names, releaseFile('with-image')]) expect(await served.file(name), name).toBe(await memory.file(name));
    expect(await served.file(releaseFile('with-image'))).toContain('예시전자는 새 생산 라인을 공개했다.');
    expect(await served.file('no-such-file.json')).toBeUndefined();
    // The index ahead is not served before its moment, and an unknown version never.
    const [ahead] = versions.filter((version) => version !== written.version);
    const again = await fresh();
    expect(await again.search.getSearchFiles(ahead!)).toBeUndefined();
    expect(await again.search.getSearchFiles(written.version)).toBeDefined();
    expect(await again.search.getSearchFiles('000000000000')).toBeUndefined();
    // A server whose clock is behind the build machine's serves the build's index all the same.
    vi.setSystemTime(new Date(Date.parse(BUILD_TIME) - 60_000));
    expect((await (await fresh()).search.getSearchFiles()).version).toBe(written.version);
    // From its moment on, a server serves the index ahead, and still the first to a page read before.
    vi.setSystemTime(new Date('2099-01-01T00:00:00.000Z'));
    const later = await fresh();
    expect((await later.search.getSearchFiles()).version).toBe(ahead);
    expect(await later.search.getSearchFiles(written.version)).toBeDefined();
  });

  it('are written again by the next build into the same folder, its cache kept: only its own, and only what changed tokenized again', async () => {
    const dist = await aBuild();
    const searchDir = path.join(dist, 'cache/search');
    const postingsDir = path.join(dist, 'cache/search-postings');
    const inodes = async () =>
      new Map(
        await Promise.all(
          (await readdir(postingsDir)).map(async (name) => [name, (await stat(path.join(postingsDir, name))).ino] as const),
        ),
      );
    await writeBuildFiles();
    const [firstFiles, firstPostings] = [await readdir(searchDir), await inodes()];
    await rm(path.join(process.env.CONTENT_DIR!, 'releases/korean-only'), { recursive: true });

    const second = await writeBuildFiles();
    // Its index and the one of the embargo ahead, both new without that release; the first build's are gone.
    const files = await readdir(searchDir);
    expect(files).toHaveLength(3);
    expect(files).toContain(second.version);
    expect(files.filter((name) => firstFiles.includes(name))).toEqual(['current.json']);
    // The removed release's postings are dropped; the others', unchanged, are not written again.
    const postings = await inodes();
    expect(postings.size).toBe(firstPostings.size - 1);
    for (const [name, inode] of postings) expect(inode, name).toBe(firstPostings.get(name));
  });

  it("are served as written to a server of the build that wrote them, and are another build's for a server of a later build time: that one makes its own in memory", async () => {
    const dist = await aBuild();
    const { version } = await writeBuildFiles();
    // The written head, replaced: only a server of the build that wrote it reads it.
    await writeFile(path.join(dist, 'cache/search', version, headFile), 'the head as written');
    expect(await (await (await fresh()).search.getSearchFiles()).file(headFile)).toBe('the head as written');
    vi.stubEnv('BUILD_TIME', '2026-12-02T00:00:00.000Z');
    expect(await (await (await fresh()).search.getSearchFiles()).file(headFile)).not.toBe('the head as written');
  });
});
