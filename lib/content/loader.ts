import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/routing';
import { findMisalignment } from './alignment';
import { ContentError } from './content-error';
import { renderBlocks, type Block } from './markdown';
import { pairRelease, type BilingualRelease } from './pairs';
import {
  describeIssues,
  frontMatterSchema,
  originalLocale,
  releaseFactsSchema,
  slugPattern,
  type FrontMatter,
  type ReleaseFacts,
} from './schema';

/** One language of a release, parsed and rendered. */
export type ReleaseVersion = FrontMatter & { locale: Locale; blocks: Block[] };

export type Release = Omit<ReleaseFacts, 'translations'> & {
  slug: string;
  /** The original (Korean) always; translations where they exist. */
  versions: Partial<Record<Locale, ReleaseVersion>> & Record<typeof originalLocale, ReleaseVersion>;
};

const FACTS_FILE = 'release.yml';

function contentDir(): string {
  // Read at build time only; the ignore hint keeps Next from tracing the whole project into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

/** Press releases are a few kilobytes; anything near this is a mistake, and would make a page no one can load. */
const MAX_FILE_BYTES = 1024 * 1024;

// The YAML core schema keeps dates as the strings written (offset included) and knows no
// language-specific tags. Warnings (an unknown tag such as !!js/function) are errors here,
// duplicate keys are refused, and the alias limit stops "billion laughs" documents.
function parseYamlStrict(source: string): object {
  const document = parseDocument(source, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new Error(problem.message);
  return document.toJS({ maxAliasCount: 100 }) ?? {};
}

async function readText(file: string, root: string): Promise<string> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ContentError(path.relative(root, file), error.code === 'ENOENT' ? 'file is missing' : error.message);
  });
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ContentError(path.relative(root, file), `is ${(bytes.byteLength / MAX_FILE_BYTES).toFixed(1)} MB; a release file may be at most 1 MB`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(path.relative(root, file), 'is not valid UTF-8');
  }
}

function validate<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  return result.data;
}

function parseYamlFile(source: string, file: string): unknown {
  try {
    return parseYamlStrict(source);
  } catch (error) {
    throw new ContentError(file, `malformed YAML: ${(error as Error).message}`);
  }
}

async function loadVersion(dir: string, root: string, locale: Locale): Promise<ReleaseVersion> {
  const file = path.relative(root, path.join(dir, `${locale}.md`));
  const source = await readText(path.join(dir, `${locale}.md`), root);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, { engines: { yaml: parseYamlStrict } });
  } catch (error) {
    throw new ContentError(file, `malformed front matter: ${(error as Error).message}`);
  }
  if (!parsed.matter.trim()) throw new ContentError(file, 'front matter is missing (it starts and ends with ---)');
  const frontMatter = validate(frontMatterSchema, parsed.data, file);
  const blocks = renderBlocks(parsed.content);
  if (blocks.length === 0) throw new ContentError(file, 'body is empty');
  return { ...frontMatter, locale, blocks };
}

async function loadRelease(root: string, slug: string): Promise<Release> {
  const dir = path.join(root, 'releases', slug);
  const factsFile = path.relative(root, path.join(dir, FACTS_FILE));
  const { translations, ...facts } = validate(
    releaseFactsSchema,
    parseYamlFile(await readText(path.join(dir, FACTS_FILE), root), factsFile),
    factsFile,
  );

  const files = (await readdir(dir)).filter((name) => !name.startsWith('.'));
  const expected = new Set([FACTS_FILE, `${originalLocale}.md`, ...translations.map((locale) => `${locale}.md`)]);
  const unexpected = files.find((name) => !expected.has(name));
  if (unexpected) {
    throw new ContentError(
      path.relative(root, path.join(dir, unexpected)),
      `unexpected file (a release folder holds ${[...expected].join(', ')}; list a translation under "translations" in ${FACTS_FILE})`,
    );
  }

  const original = await loadVersion(dir, root, originalLocale);
  const versions: Release['versions'] = { [originalLocale]: original };
  for (const locale of translations) {
    const translation = await loadVersion(dir, root, locale);
    const gap = findMisalignment(original.blocks, translation.blocks);
    if (gap) {
      throw new ContentError(
        path.relative(root, dir),
        `${originalLocale}.md and ${locale}.md differ at block ${gap.index + 1} ` +
          `(${originalLocale}.md: ${gap.original ?? 'no block'}, ${locale}.md: ${gap.translation ?? 'no block'})`,
      );
    }
    versions[locale] = translation;
  }
  return { ...facts, slug, versions };
}

async function loadAll(root: string): Promise<Release[]> {
  const releasesDir = path.join(root, 'releases');
  const entries = await readdir(releasesDir, { withFileTypes: true }).catch(() => {
    throw new ContentError(releasesDir, 'content folder not found (set CONTENT_DIR or create content/releases)');
  });
  const slugs = entries.filter((entry) => !entry.name.startsWith('.'));
  for (const entry of slugs) {
    const where = path.relative(root, path.join(releasesDir, entry.name));
    if (!entry.isDirectory()) throw new ContentError(where, 'unexpected file (each release is a folder)');
    if (!slugPattern.test(entry.name)) {
      throw new ContentError(where, 'invalid slug: use lowercase ASCII letters, digits and single hyphens');
    }
  }
  const releases = await Promise.all(slugs.map((entry) => loadRelease(root, entry.name)));
  return releases.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
}

// Parsed once per content folder and process: every page of a build asks the same questions.
const cache = new Map<string, Promise<Release[]>>();

function allReleases(): Promise<Release[]> {
  const root = contentDir();
  let releases = cache.get(root);
  if (!releases) {
    releases = loadAll(root);
    cache.set(root, releases);
  }
  return releases;
}

/** A release is public once its embargo (if any) has passed at the time of the build. */
const isPublished = (release: Release, now: Date) => !release.embargo || Date.parse(release.embargo) <= now.getTime();

/** Published releases, newest first. */
export async function getReleases(now = new Date()): Promise<Release[]> {
  return (await allReleases()).filter((release) => isPublished(release, now));
}

/** A published release by slug, or `undefined`. */
export async function getRelease(slug: string, now = new Date()): Promise<Release | undefined> {
  return (await getReleases(now)).find((release) => release.slug === slug);
}

/** The languages a release is published in, the original first. */
export const releaseLocales = (release: Release) => Object.keys(release.versions) as Locale[];

/** A release together with its text in one language. */
export type LocalizedRelease = { release: Release; version: ReleaseVersion };

function localize(release: Release, locale: Locale): LocalizedRelease | undefined {
  const version = release.versions[locale];
  return version && { release, version };
}

/** Published releases translated into (or written in) `locale`, newest first: what a feed in that language holds. */
export async function listReleases(locale: Locale, now = new Date()): Promise<LocalizedRelease[]> {
  return (await getReleases(now)).flatMap((release) => localize(release, locale) ?? []);
}

/** The release's text in `locale` if it is translated into it, otherwise the original. */
export const readableVersion = (release: Release, locale: Locale): ReleaseVersion => release.versions[locale] ?? release.versions[originalLocale];

const readable = (release: Release, locale: Locale): LocalizedRelease => ({ release, version: readableVersion(release, locale) });

/** Every published release for readers of `locale`, newest first: translated where it is, else the original. */
export async function listReadableReleases(locale: Locale, now = new Date()): Promise<LocalizedRelease[]> {
  return (await getReleases(now)).map((release) => readable(release, locale));
}

/** A published release for readers of `locale` (the original where it is not translated), or `undefined`. */
export async function getReadableRelease(slug: string, locale: Locale, now = new Date()): Promise<LocalizedRelease | undefined> {
  const release = await getRelease(slug, now);
  return release && readable(release, locale);
}

/** Published releases that have a translation, each paired with its original block by block. */
export async function listBilingualReleases(now = new Date()): Promise<BilingualRelease[]> {
  return (await getReleases(now)).flatMap((release) => pairRelease(release) ?? []);
}

/** A published release paired with its translation, or `undefined` when the slug or a translation is missing. */
export async function getBilingualRelease(slug: string, now = new Date()): Promise<BilingualRelease | undefined> {
  const release = await getRelease(slug, now);
  return release && pairRelease(release);
}
