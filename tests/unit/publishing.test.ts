import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getRelease, getReleases } from '@/lib/content';
import { scanContent } from '@/lib/content/publishing';
import { ContentFolder } from '@/lib/content/content-folder';
import { releaseHash } from '@/lib/content/publishing/release-cache';
import { findDownload } from '@/lib/downloads/catalog';

const valid = path.resolve('tests/fixtures/content/valid');
let content: string;
let build: string;

// A copy of the fixture newsroom and a build folder of its own for each test.
beforeEach(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'content-'));
  build = await mkdtemp(path.join(tmpdir(), 'build-'));
  await cp(valid, content, { recursive: true });
  vi.stubEnv('CONTENT_DIR', content);
  vi.stubEnv('NEXT_DIST_DIR', build);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all([rm(content, { recursive: true }), rm(build, { recursive: true })]);
});

const cacheDir = () => path.join(build, 'cache', 'content');
const titleOf = async (slug: string) => (await scanContent()).releases.find((release) => release.slug === slug)?.versions.ko.title;

describe('the build cache of parsed releases', () => {
  it('is used while a release’s files are unchanged, and not once one byte changes', async () => {
    expect(await titleOf('first-release')).toBe('첫 번째 보도자료');
    const entries = await readdir(cacheDir());
    expect(entries).toHaveLength((await scanContent()).releases.length);
    // Mark every cached entry: a second scan that reads them shows the mark.
    for (const entry of entries) {
      const file = path.join(cacheDir(), entry);
      await writeFile(file, (await readFile(file, 'utf8')).replace('"title":"첫 번째 보도자료"', '"title":"from the cache"'));
    }
    expect(await titleOf('first-release')).toBe('from the cache');
    await appendFile(path.join(content, 'releases/first-release/ko.md'), '\n');
    expect(await titleOf('first-release')).toBe('첫 번째 보도자료');
  });

  it('is not used once a file is renamed, its bytes the same; an image may be larger than a text file', async () => {
    const hash = () => releaseHash(new ContentFolder(content), 'with-image', 'newsroom', 'code');
    const images = path.join(content, 'releases/with-image/images');
    const before = await hash();
    await rename(path.join(images, 'production-line.jpg'), path.join(images, 'production-line-2.jpg'));
    expect(await hash()).not.toBe(before);
    await rename(path.join(images, 'production-line-2.jpg'), path.join(images, 'production-line.jpg'));
    expect(await hash()).toBe(before);
    // Over the 1 MB of a text file, under the 20 MB of an image.
    await writeFile(path.join(images, 'large.jpg'), Buffer.alloc(1.5 * 1024 * 1024));
    expect(await hash()).not.toBe(before);
  });

  it('is not used when the newsroom changes (its tags and contacts are part of every release)', async () => {
    await scanContent();
    const before = new Set(await readdir(cacheDir()));
    await appendFile(path.join(content, 'newsroom.yml'), '\n# a comment\n');
    await scanContent();
    const after = await readdir(cacheDir());
    expect(after.filter((entry) => before.has(entry))).toEqual([]);
  });

  it('keeps only the releases there are', async () => {
    await scanContent();
    const count = (await readdir(cacheDir())).length;
    await rm(path.join(content, 'releases/emoji-title'), { recursive: true });
    await scanContent();
    expect(await readdir(cacheDir())).toHaveLength(count - 1);
  });
});

describe('an old release the build did not render ahead', () => {
  it('loads whole from the same files, and refuses files changed since the build', async () => {
    vi.stubEnv('BUILD_TIME', '2025-01-01T00:00:00Z');
    expect((await getRelease('first-release'))?.versions.en?.blocks.length).toBe(3);
    expect(await findDownload('first-release-ko-en.pdf')).toMatchObject({
      slug: 'first-release',
      etag: expect.stringMatching(/^"[0-9a-f]{20}-ko-en\.pdf"$/),
    });
    expect(await findDownload('no-such-release-ko.pdf')).toBeUndefined();
    expect(await findDownload('first-release-fr.pdf')).toBeUndefined();
    // Without the build's cache, the files are read again, and must be the ones it validated.
    await rm(cacheDir(), { recursive: true });
    await appendFile(path.join(content, 'releases/korean-only/ko.md'), '\nA paragraph added after the build.\n');
    await expect(getRelease('korean-only')).rejects.toThrow('releases/korean-only: changed since this build validated it');
  });

  it('loads from the build’s cache of parsed releases while its files are unchanged, without parsing them again', async () => {
    vi.stubEnv('BUILD_TIME', '2025-01-01T00:00:00Z');
    await getReleases();
    // Mark every cached entry: a release loaded from the cache shows the mark.
    for (const entry of await readdir(cacheDir())) {
      const file = path.join(cacheDir(), entry);
      await writeFile(file, (await readFile(file, 'utf8')).replace('"title":"첫 번째 보도자료"', '"title":"from the cache"'));
    }
    expect((await getRelease('first-release'))?.versions.ko.title).toBe('from the cache');
  });

  it('loads from its files when the build’s cache lacks it (a server without .next/cache), if the build validated them', async () => {
    vi.stubEnv('BUILD_TIME', '2025-01-01T00:00:00Z');
    await getReleases();
    await rm(cacheDir(), { recursive: true });
    const release = await getRelease('with-image');
    expect(release).toMatchObject({ slug: 'with-image', versions: { ko: { title: '사진이 있는 보도자료' } } });
    expect(release?.versions.ko.blocks.map((block) => block.text)).toContain('예시전자는 새 생산 라인을 공개했다.');
  });

  it('is never an embargoed one, whatever asks for it', async () => {
    vi.stubEnv('BUILD_TIME', '2025-01-01T00:00:00Z');
    expect((await getReleases()).map((release) => release.slug)).not.toContain('embargoed-future');
    expect(await getRelease('embargoed-future')).toBeUndefined();
    expect(await findDownload('embargoed-future-press-kit.zip')).toBeUndefined();
    expect(await getRelease('embargoed-future', { embargoed: true })).toBeDefined();
  });
});

// It runs the build's step in a child process: seconds on a quiet machine, more beside a build.
describe('the build step that validates content', { timeout: 30_000 }, () => {
  async function buildIndex(contentDir: string) {
    try {
      const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['scripts/content/build-index.mts'], {
        env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: build },
      });
      return { code: 0, output: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  }

  it('writes the index of every release', async () => {
    const { code, output } = await buildIndex(content);
    expect(code).toBe(0);
    expect(output).toContain('releases validated');
    const index = JSON.parse(await readFile(path.join(build, 'cache', 'content-index.json'), 'utf8'));
    expect(index.releases.map((release: { slug: string }) => release.slug)).toContain('embargoed-future');
  });

  it('fails on an invalid old release, naming it, however old', async () => {
    await writeFile(path.join(content, 'releases/emoji-title/release.yml'), 'date: 2001-01-01\n');
    const { code, output } = await buildIndex(content);
    expect(code).toBe(1);
    expect(output).toContain(
      'error    releases/emoji-title/release.yml:1: date: must be a time with its offset, e.g. 2026-12-03T06:00+09:00',
    );
    expect(output).toContain('nothing is published until they are fixed');
  });
});
