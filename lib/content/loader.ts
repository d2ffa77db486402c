import path from 'node:path';
import type { z } from 'zod';
import type { Locale } from 'next-intl';
import { originalLocale, translationLocales } from '@/lib/i18n/routing';
import { mediaPath, releaseUrl } from '@/lib/routes';
import { probeImage } from './image-probe';
import { site } from '@/lib/site';
import { findMisalignment } from './alignment';
import { blockNumber } from './anchor';
import { ContentError, ContentErrors } from './content-error';
import { lineAt, type ContentFolder } from './content-folder';
import { freshnessOf } from './freshness';
import {
  FACTS_FILE,
  IMAGES_DIR,
  imageFileIn,
  imageName,
  NEWSROOM_FILE,
  RELEASES_DIR,
  releaseDir,
  releaseFile,
  textFile,
  translationRecordFile,
} from './layout';
import { MarkdownLimitError, renderBody } from './markdown';
import { describeVersion, type Release, type ReleaseImage, type ReleaseVersion } from './release';
import { parseYamlStrict, splitFrontMatter, type ParsedYaml } from './yaml';
import {
  describeIssues,
  frontMatterSchema,
  imageFilePattern,
  newsroomSchema,
  releaseFactsSchema,
  slugPattern,
  translationRecordSchema,
  type ImageFacts,
  type Newsroom,
  type Update,
} from './schema';

// Parses what the content folder holds (lib/content/content-folder.ts reads it): the newsroom and
// one release at a time. What is cached and what is published is lib/content/store.ts's business.

/** YAML's data checked against its schema; a problem names the file and the line of the first value at fault. */
function validate<T extends z.ZodType>(schema: T, { data, lineOf }: ParsedYaml, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const line = lineOf(result.error.issues[0]!.path);
  throw new ContentError(
    line ? `${file}:${line}` : file,
    describeIssues(result.error, file.endsWith('.md') ? 'front matter' : path.basename(file)),
  );
}

/** A YAML file of the content folder, parsed strictly. */
async function readYaml(folder: ContentFolder, file: string): Promise<ParsedYaml> {
  return parseYamlStrict(await folder.text(file), file);
}

/**
 * The Markdown body's blocks, and the lines of the file where raw HTML it leaves out starts; a body
 * nested past the renderers' limits is refused at its line of the file.
 */
function renderedBody(source: string, body: string, file: string, slug: string, locale: Locale) {
  const fileLine = (line: number) => lineAt(source, source.length - body.length) + line - 1;
  try {
    const { blocks, hiddenHtml } = renderBody(body, {
      // An image's HTML (feeds show it) points at its public copy; the block keeps the name as written.
      imageUrl: (src) => {
        const file = imageFileIn(src);
        return file ? new URL(mediaPath(slug, file), site.url).toString() : src;
      },
      pageUrl: releaseUrl(locale, slug),
    });
    return { blocks, hiddenHtml: hiddenHtml.map(fileLine) };
  } catch (error) {
    if (!(error instanceof MarkdownLimitError)) throw error;
    throw new ContentError(`${file}:${fileLine(error.line)}`, error.message);
  }
}

async function loadVersion(folder: ContentFolder, slug: string, locale: Locale): Promise<ReleaseVersion> {
  const file = releaseFile(slug, textFile(locale));
  const source = await folder.text(file);
  const { yaml, content } = splitFrontMatter(source, file);
  const frontMatter = validate(frontMatterSchema, yaml, file);
  const { blocks, hiddenHtml } = renderedBody(source, content, file, slug, locale);
  if (blocks.length === 0) throw new ContentError(file, 'body is empty');
  return {
    ...frontMatter,
    locale,
    blocks,
    description: describeVersion({ ...frontMatter, blocks }),
    ...(hiddenHtml.length > 0 && { hiddenHtml }),
  };
}

/** The facts of `release.yml`, validated against the schema and the newsroom's tags. */
async function loadFacts(folder: ContentFolder, newsroom: Newsroom, slug: string) {
  const factsFile = releaseFile(slug, FACTS_FILE);
  const facts = validate(releaseFactsSchema, await readYaml(folder, factsFile), factsFile);
  const unknownTag = facts.tags.find((tag) => !Object.hasOwn(newsroom.tags, tag));
  if (unknownTag) {
    const known = Object.keys(newsroom.tags).join(', ') || 'none';
    throw new ContentError(
      factsFile,
      `tags: "${unknownTag}" is not a tag of ${NEWSROOM_FILE} (add it there with a label per language; its tags: ${known})`,
    );
  }
  return facts;
}

/** A file in the release folder that nothing reads is a mistake (a translation not listed, a typo). */
async function checkFolder(folder: ContentFolder, slug: string, translations: Locale[]) {
  const expected = new Set([
    FACTS_FILE,
    IMAGES_DIR,
    textFile(originalLocale),
    ...translations.flatMap((locale) => [textFile(locale), translationRecordFile(locale)]),
  ]);
  const unexpected = (await folder.entries(releaseDir(slug))).find((entry) => !expected.has(entry.name));
  if (unexpected) {
    throw new ContentError(
      releaseFile(slug, unexpected.name),
      `unexpected file (a release folder holds ${[...expected].join(', ')}; list a translation under "translations" in ${FACTS_FILE})`,
    );
  }
}

/** A translation whose blocks stand beside the original's, with how fresh each is. */
async function loadTranslation(folder: ContentFolder, slug: string, locale: Locale, original: ReleaseVersion): Promise<ReleaseVersion> {
  const translation = await loadVersion(folder, slug, locale);
  // Block N of a translation translates block N of the original: permalinks and side-by-side rely on it.
  const gap = findMisalignment(original.blocks, translation.blocks);
  if (gap) {
    throw new ContentError(
      releaseDir(slug),
      `${textFile(originalLocale)} and ${textFile(locale)} differ at block ${blockNumber(gap.index)} ` +
        `(${textFile(originalLocale)}: ${gap.original ?? 'no block'}, ${textFile(locale)}: ${gap.translation ?? 'no block'})`,
    );
  }
  const recordFile = releaseFile(slug, translationRecordFile(locale));
  const record = (await folder.exists(recordFile))
    ? validate(translationRecordSchema, await readYaml(folder, recordFile), recordFile)
    : undefined;
  return { ...translation, freshness: freshnessOf(original.blocks, record) };
}

/**
 * One release read, validated and rendered; or every problem found in it (a ContentErrors),
 * each naming its file: a bad date in release.yml does not hide a missing title in en.md.
 */
export async function loadRelease(folder: ContentFolder, newsroom: Newsroom, slug: string): Promise<Omit<Release, 'hash' | 'files'>> {
  const problems: ContentError[] = [];
  /** The work's result, or `undefined` with its problem noted; any other error is no content problem and stops. */
  async function attempt<T>(work: () => Promise<T> | T): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error);
      return undefined;
    }
  }
  const facts = await attempt(() => loadFacts(folder, newsroom, slug));
  // Without valid facts, the translations are the files that are there, so they are checked too.
  const translations =
    facts?.translations ??
    (
      await Promise.all(
        translationLocales.map(async (locale) => ((await folder.exists(releaseFile(slug, textFile(locale)))) ? [locale] : [])),
      )
    ).flat();
  await attempt(() => checkFolder(folder, slug, translations));
  const original = await attempt(() => loadVersion(folder, slug, originalLocale));
  const versions: Partial<Release['versions']> = { ...(original && { [originalLocale]: original }) };
  for (const locale of translations) {
    const translation = await attempt(() =>
      original ? loadTranslation(folder, slug, locale, original) : loadVersion(folder, slug, locale),
    );
    if (translation) versions[locale] = translation;
  }
  if (facts && original)
    await attempt(() => checkUpdates(facts.updates, facts.date, original.blocks.length, releaseFile(slug, FACTS_FILE)));
  if (!facts || !original || problems.length) throw problems.length === 1 ? problems[0]! : new ContentErrors(problems);
  const { translations: _translations, contacts, ...rest } = facts;
  const images = await attempt(() => loadImages(folder, slug, versions as Release['versions'], rest.images));
  if (!images) throw problems[0]!;
  return { ...rest, slug, contacts: contacts ?? newsroom.contacts, versions: versions as Release['versions'], images };
}

/**
 * The images the text shows: each named as `images/{file}`, with alt text and a caption in every
 * language, a credit, and a readable file.
 */
async function loadImages(
  folder: ContentFolder,
  slug: string,
  versions: Release['versions'],
  facts: Record<string, ImageFacts>,
): Promise<Record<string, ReleaseImage>> {
  const images: Record<string, ReleaseImage> = {};
  for (const version of Object.values(versions)) {
    for (const [index, { image }] of version.blocks.entries()) {
      if (!image) continue;
      const where = `${releaseFile(slug, textFile(version.locale))}: block ${blockNumber(index)}`;
      const file = imageFileIn(image.src) ?? '';
      if (!imageFilePattern.test(file))
        throw new ContentError(
          where,
          `the image "${image.src}" must be a file in the release's images/ folder, named in lowercase (images/photo-1.jpg)`,
        );
      if (!image.alt)
        throw new ContentError(where, `the image ${image.src} has no alt text: write what it shows, ![alt text](${image.src} "caption")`);
      if (!image.caption) throw new ContentError(where, `the image ${image.src} has no caption: ![alt text](${image.src} "caption")`);
      if (images[file]) continue;
      const credit = facts[file]?.credit;
      if (!credit)
        throw new ContentError(
          releaseFile(slug, FACTS_FILE),
          `images: ${file} needs a credit in each language (images: { ${file}: { credit: { ko: 사진=…, en: "Photo: …" } } })`,
        );
      const { width, height, format, bytes } = await probeImage(folder, releaseFile(slug, imageName(file)));
      images[file] = { file, credit, width, height, format, bytes };
    }
  }
  return images;
}

/** Updates come after the release, oldest first, and name blocks that exist. */
function checkUpdates(updates: Update[], published: string, blockCount: number, file: string) {
  updates.forEach((update, index) => {
    const where = `updates.${index}`;
    if (Date.parse(update.date) < Date.parse(published))
      throw new ContentError(file, `${where}.date: ${update.date} is before the release (${published})`);
    const previous = updates[index - 1];
    if (previous && Date.parse(update.date) < Date.parse(previous.date))
      throw new ContentError(file, `${where}.date: list updates oldest first (${update.date} is before ${previous.date})`);
    const missing = update.blocks.find((block) => block > blockCount);
    if (missing) throw new ContentError(file, `${where}.blocks: there is no block ${missing} (the release has ${blockCount})`);
  });
}

/** The newsroom, validated, and the text it was read from (releases depend on it: its tags and contacts). */
export async function loadNewsroom(folder: ContentFolder): Promise<{ newsroom: Newsroom; source: string }> {
  const source = await folder.text(NEWSROOM_FILE);
  return { newsroom: validate(newsroomSchema, parseYamlStrict(source, NEWSROOM_FILE), NEWSROOM_FILE), source };
}

/** The slugs of every release folder, checked: folders only, each named as a permalink may be. */
export async function releaseSlugs(folder: ContentFolder): Promise<string[]> {
  const entries = await folder.entries(RELEASES_DIR).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new ContentError(RELEASES_DIR, 'folder not found (set CONTENT_DIR or create content/releases)');
    throw error;
  });
  const problems = [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const where = releaseDir(entry.name);
      if (!entry.isDirectory()) return [new ContentError(where, 'unexpected file (each release is a folder)')];
      if (!slugPattern.test(entry.name))
        return [new ContentError(where, 'invalid slug: use lowercase ASCII letters, digits and single hyphens')];
      return [];
    });
  const slugs = entries.map((entry) => entry.name).sort();
  problems.push(...sharedFileNames(slugs));
  if (problems.length) throw problems.length === 1 ? problems[0]! : new ContentErrors(problems);
  return slugs;
}

/**
 * Releases whose files would share names: a file is named `{slug}-{languages}`, so release `x-ko`'s
 * English file is named as release `x`'s Korean and English one (x-ko-en.txt).
 */
function sharedFileNames(slugs: string[]): ContentError[] {
  const known = new Set(slugs);
  const suffix = `-${originalLocale}`;
  return slugs.flatMap((slug) => {
    const other = slug.endsWith(suffix) ? slug.slice(0, -suffix.length) : undefined;
    if (other === undefined || !known.has(other)) return [];
    const shared = `${slug}-${translationLocales[0]}.txt`;
    return [
      new ContentError(
        releaseDir(slug),
        `its English files would have the names of ${releaseDir(other)}'s Korean and English ones (${shared}); name it otherwise`,
      ),
    ];
  });
}
