import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
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
  });

  it("are another build's for a server of a later build time: that one makes its own in memory", async () => {
    const dist = await aBuild();
    await writeBuildFiles();
    // The written head, replaced by one another build would not match: a server of a later build must not read it.
    const later = '2026-12-02T00:00:00.000Z';
    vi.stubEnv('BUILD_TIME', later);
    const files = await (await fresh()).search.getSearchFiles();
    await writeFile(path.join(dist, 'cache/search', files.version, headFile), 'not the head');
    expect(await files.file(headFile)).not.toBe('not the head');
  });
});
