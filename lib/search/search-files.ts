import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { cachePath, JsonCache } from '@/lib/build-cache';
import { getRelease, getReleases, getRenderCode } from '@/lib/content';
import { buildTime } from '@/lib/content/build-time';
import { writtenFor } from '@/lib/content/content-index';
import { contentDir } from '@/lib/content/layout';
import { releaseLocales, type Release, type ReleaseSummary } from '@/lib/content/release';
import { chunkFile, headFile, releasesFile, slugOfReleaseFile } from './file-names';
import { IndexAssembler, postingsOf, type DocumentPostings } from './postings';
import type { ReleaseText } from './release-text';

/**
 * The search index as files under a version that changes with their content (so they can be
 * cached for good): the head, the term chunks and the release cards, made once per build; a
 * release's text (for excerpts) made from the release when it is asked for.
 */
export type SearchFiles = { version: string; file(name: string): Promise<string | undefined> };

/** The shape of what a build wrote: which version, for which build and content folder. */
type WrittenIndex = { version: string; buildTime: string; contentDir: string };

const searchDir = () => cachePath('search');
const filesDir = (version: string) => path.join(searchDir(), version);
const currentFile = () => path.join(searchDir(), 'current.json');

/** Each release's postings, by the code that makes them and the release's hash. */
const postingsCache = () => new JsonCache<DocumentPostings[]>('search-postings');
const postingsKey = (code: string, release: Pick<ReleaseSummary, 'hash'>) => `${code}-${release.hash}`;

const textOf = (release: Release): ReleaseText => Object.fromEntries(releaseLocales(release).map((locale) => [locale, release.versions[locale]!.blocks.map((block) => block.text)]));

/** The files of the index of `releases` (newest first) from their postings, and its version. */
async function indexFiles(releases: ReleaseSummary[], postings: (release: ReleaseSummary) => Promise<DocumentPostings[]>) {
  const assembler = new IndexAssembler();
  for (const release of releases) assembler.add(await postings(release));
  const { head, chunks, releases: cards } = assembler.files();
  const files = new Map<string, string>([
    [headFile, JSON.stringify(head)],
    ...chunks.map((chunk, index) => [chunkFile(index), JSON.stringify(chunk)] as const),
    ...cards.map((file, index) => [releasesFile(index), JSON.stringify(file)] as const),
  ]);
  // The texts are not files here, but their releases' hashes name them: a changed text is a new version.
  const hash = createHash('sha256');
  for (const [name, body] of files) hash.update(name).update(body);
  for (const release of releases) hash.update(release.hash);
  return { version: hash.digest('hex').slice(0, 12), chunkCount: chunks.length, files };
}

/**
 * Made once as a build starts (scripts/content/build-index.mts), after every release's postings
 * are in the cache (`postingsKeeper`): the index of the published releases, written beside the
 * build for its routes to serve.
 */
export async function writeSearchFiles(): Promise<{ version: string; chunkCount: number }> {
  const [releases, code] = await Promise.all([getReleases(), getRenderCode()]);
  const cache = postingsCache();
  const { version, chunkCount, files } = await indexFiles(releases, async (release) => (await cache.get(postingsKey(code, release)))!);
  await rm(searchDir(), { recursive: true, force: true });
  await mkdir(filesDir(version), { recursive: true });
  await Promise.all([...files].map(([name, body]) => writeFile(path.join(filesDir(version), name), body)));
  const written: WrittenIndex = { version, buildTime: buildTime().toISOString(), contentDir: contentDir() };
  await writeFile(currentFile(), JSON.stringify(written));
  return { version, chunkCount };
}

/**
 * The postings cache as a build fills it, release by release (tokenizing only a release not
 * there yet under this code's version), then drops what no release uses any more.
 */
export function postingsKeeper(code: string) {
  const cache = postingsCache();
  const keys = new Set<string>();
  return {
    async keep(release: Release): Promise<void> {
      const key = postingsKey(code, release);
      keys.add(key);
      if (!(await cache.get(key))) await cache.set(key, postingsOf(release));
    },
    prune: () => cache.prune(keys),
  };
}

/** The release texts are served from the releases themselves, under the index's version. */
async function releaseText(name: string): Promise<string | undefined> {
  const slug = slugOfReleaseFile(name);
  const release = slug === undefined ? undefined : await getRelease(slug);
  return release && JSON.stringify(textOf(release));
}

async function readWritten(): Promise<SearchFiles | undefined> {
  const written = await readFile(currentFile(), 'utf8').then((text) => JSON.parse(text) as WrittenIndex, () => undefined);
  if (!written || !writtenFor(written, buildTime())) return undefined;
  const names = new Set(await readdir(filesDir(written.version)));
  return {
    version: written.version,
    file: async (name) => (names.has(name) ? readFile(path.join(filesDir(written.version), name), 'utf8') : releaseText(name)),
  };
}

/** Without a build's files (tests, a server without .next/cache): the same index, made in memory. */
async function makeInMemory(): Promise<SearchFiles> {
  const releases = await getReleases();
  const { version, files } = await indexFiles(releases, async (summary) => postingsOf((await getRelease(summary.slug))!));
  return { version, file: async (name) => files.get(name) ?? releaseText(name) };
}

let found: Promise<SearchFiles> | undefined;

/** The search index of this build: the files it wrote, else made now. */
export const getSearchFiles = () => (found ??= readWritten().then((written) => written ?? makeInMemory()));
