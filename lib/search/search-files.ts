import { createHash } from 'node:crypto';
import type { Locale } from 'next-intl';
import { getRelease, getReleases } from '@/lib/content';
import { releaseLocales, type Release } from '@/lib/content/release';
import { newEngine, type SearchDocument } from './engine';
import { headFile, releaseFile, shardFile } from './file-names';
import { documentId, type ReleaseText } from './release-text';
import { splitIndex } from './shards';

/** The search index as files, under a version that changes with their content (so they can be cached for good), and how many term shards it has. */
export type SearchFiles = { version: string; files: Map<string, string>; shardCount: number };

function documentOf(release: Release, locale: Locale): SearchDocument {
  const version = release.versions[locale]!;
  return {
    id: documentId(locale, release.slug),
    title: version.title,
    text: [...version.subtitle, ...version.blocks.map((block) => block.text)].join('\n'),
    date: release.date,
  };
}

const textOf = (release: Release): ReleaseText =>
  Object.fromEntries(releaseLocales(release).map((locale) => [locale, release.versions[locale]!.blocks.map((block) => block.text)]));

async function buildSearchFiles(): Promise<SearchFiles> {
  // The index holds every release's text: each is loaded whole (from the build's cache when unchanged).
  const releases = (await Promise.all((await getReleases()).map((summary) => getRelease(summary.slug)))).filter((release) => release !== undefined);
  const engine = newEngine();
  engine.addAll(releases.flatMap((release) => releaseLocales(release).map((locale) => documentOf(release, locale))));
  const { head, shards } = splitIndex(engine.toJSON());
  const files = new Map<string, string>([
    [headFile, JSON.stringify(head)],
    ...shards.map((entries, shard) => [shardFile(shard), JSON.stringify(entries)] as const),
    ...releases.map((release) => [releaseFile(release.slug), JSON.stringify(textOf(release))] as const),
  ]);
  const hash = createHash('sha256');
  for (const [name, body] of files) hash.update(name).update(body);
  return { version: hash.digest('hex').slice(0, 12), files, shardCount: head.shardCount };
}

let built: Promise<SearchFiles> | undefined;

/** Built once per process from the published releases. */
export const getSearchFiles = () => (built ??= buildSearchFiles());
