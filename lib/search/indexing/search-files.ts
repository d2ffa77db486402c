import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { cachePath, JsonCache } from '@/lib/build-cache';
import { getRelease, getReleases, getRenderCode, publicationTime } from '@/lib/content';
import { buildTime } from '@/lib/content/clock';
import { writtenFor } from '@/lib/content/content-index';
import { contentDir } from '@/lib/content/layout';
import { releaseLocales, type Release, type ReleaseSummary } from '@/lib/content/release';
import { publicationEpochs } from '@/lib/content/schedule';
import { chunkFile, headFile, releasesFile, slugOfReleaseFile, type ReleaseText } from '../format';
import { IndexAssembler, postingsOf, type DocumentPostings } from './postings';

/**
 * The search index as files under a version that changes with their content (so they can be
 * cached for good): the head, the term chunks and the release cards, made once per build; a
 * release's text (for excerpts) made from the release when it is asked for.
 */
export type SearchFiles = { version: string; file(name: string): Promise<string | undefined> };

/**
 * The shape of what a build wrote, for which build and content folder: an index for what is
 * public at the build, and one more for each embargo still ahead (`from` that moment on).
 */
type WrittenIndex = { buildTime: string; contentDir: string; epochs: { from: string; version: string }[] };

const searchDir = () => cachePath('search');
const filesDir = (version: string) => path.join(searchDir(), version);
/** What the build wrote, beside the versions' folders: `current.json`. */
const writtenIndex = () => new JsonCache<WrittenIndex>('search');

/** Each release's postings, by the code that makes them and the release's hash. */
const postingsCache = () => new JsonCache<DocumentPostings[]>('search-postings');
const postingsKey = (code: string, release: Pick<ReleaseSummary, 'hash'>) => `${code}-${release.hash}`;

const textOf = (release: Release): ReleaseText =>
  Object.fromEntries(releaseLocales(release).map((locale) => [locale, release.versions[locale]!.blocks.map((block) => block.text)]));

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
 * are in the cache (`postingsKeeper`): the index of the releases public at the build, and of
 * those public after each embargo still ahead (served only from that moment: `getSearchFiles`),
 * written beside the build for its routes to serve.
 */
export async function writeSearchFiles(): Promise<{ version: string; chunkCount: number; scheduled: number }> {
  const [releases, code] = await Promise.all([getReleases({ embargoed: true }), getRenderCode()]);
  const cache = postingsCache();
  await rm(searchDir(), { recursive: true, force: true });
  const epochs = [];
  let first: { version: string; chunkCount: number } | undefined;
  for (const epoch of publicationEpochs(releases, buildTime())) {
    const { version, chunkCount, files } = await indexFiles(
      epoch.releases,
      async (release) => (await cache.get(postingsKey(code, release)))!,
    );
    await mkdir(filesDir(version), { recursive: true });
    await Promise.all([...files].map(([name, body]) => writeFile(path.join(filesDir(version), name), body)));
    epochs.push({ from: epoch.from.toISOString(), version });
    first ??= { version, chunkCount };
  }
  const written: WrittenIndex = { buildTime: buildTime().toISOString(), contentDir: contentDir(), epochs };
  await writtenIndex().set('current', written);
  return { ...first!, scheduled: epochs.length - 1 };
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

/** Each index of this build with the moment it is public from, earliest first. */
type Epochs = { from: number; files: SearchFiles }[];

async function readWritten(): Promise<Epochs | undefined> {
  const written = await writtenIndex().get('current');
  if (!written || !writtenFor(written, buildTime())) return undefined;
  return Promise.all(
    written.epochs.map(async ({ from, version }) => {
      const names = new Set(await readdir(filesDir(version)));
      const file = async (name: string) => (names.has(name) ? readFile(path.join(filesDir(version), name), 'utf8') : releaseText(name));
      return { from: Date.parse(from), files: { version, file } };
    }),
  );
}

/** Without a build's files (tests, a server without .next/cache): the same indexes, made in memory. */
async function makeInMemory(): Promise<Epochs> {
  const releases = await getReleases({ embargoed: true });
  return Promise.all(
    publicationEpochs(releases, buildTime()).map(async (epoch) => {
      const { version, files } = await indexFiles(epoch.releases, async (summary) =>
        postingsOf((await getRelease(summary.slug, { embargoed: true }))!),
      );
      return { from: epoch.from.getTime(), files: { version, file: async (name: string) => files.get(name) ?? releaseText(name) } };
    }),
  );
}

let found: Promise<Epochs> | undefined;
const epochs = () => (found ??= readWritten().then((written) => written ?? makeInMemory()));

/**
 * The search index of what is public now (the files the build wrote, else made now); with a
 * `version`, that index if it is public now or was before (a page read earlier still names it),
 * and `undefined` for one still ahead or unknown.
 */
export async function getSearchFiles(): Promise<SearchFiles>;
export async function getSearchFiles(version: string): Promise<SearchFiles | undefined>;
export async function getSearchFiles(version?: string): Promise<SearchFiles | undefined> {
  const now = publicationTime().getTime();
  const published = (await epochs()).filter((epoch, index) => index === 0 || epoch.from <= now);
  if (version === undefined) return published.at(-1)!.files;
  return published.find((epoch) => epoch.files.version === version)?.files;
}
