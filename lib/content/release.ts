import type { Locale } from 'next-intl';
import { originalLocale, translationLocales } from '@/lib/i18n/routing';
import { blockIndex } from './anchor';
import type { Freshness } from './freshness';
import { imageFileIn } from './layout';
import type { Block, BlockImage } from './markdown';
import type { Contact, FrontMatter, ImageFacts, ReleaseFacts, Update } from './schema';

/** One language of a release, parsed and rendered; a translation also knows how fresh it is. */
export type ReleaseVersion = FrontMatter & {
  locale: Locale;
  blocks: Block[];
  /** What lists, meta descriptions and feeds show: the summary, else the opening paragraph trimmed. */
  description: string;
  freshness?: Freshness;
  /** Lines of its file where a raw HTML block starts, which the site leaves out (content:check warns). */
  hiddenHtml?: number[];
};

/** What a list needs of one language of a release: no blocks. */
export type VersionSummary = Pick<ReleaseVersion, 'locale' | 'title' | 'description'>;

/** An image of a release, as the loader found it in `images/`: its credit, size and format. */
export type ReleaseImage = ImageFacts & { file: string; width: number; height: number; bytes: number; format: string };

/** The file an image block shows (the loader has checked it is `images/{file}`). */
export const imageFileOf = (image: BlockImage) => imageFileIn(image.src)!;

/**
 * A release as the content index holds it (lists, feeds, sitemap and search ask no more):
 * its facts, a hash of its files, and its title and description per language.
 */
export type ReleaseSummary = Omit<ReleaseFacts, 'translations' | 'contacts' | 'images'> & {
  slug: string;
  /** The hash of its files and the newsroom's: the key of its parsed form across builds. */
  hash: string;
  /**
   * The version of the files made from it (downloads, images): its hash and the code that renders
   * them, so their ETags change when a deploy changes either (release-cache.ts).
   */
  files: string;
  versions: Partial<Record<Locale, VersionSummary>> & Record<typeof originalLocale, VersionSummary>;
};

/** A release as the loader hands it over: its facts and every language it is written in, blocks aligned. */
export type Release = ReleaseSummary & {
  /** Its own media contacts, else the newsroom's. */
  contacts: Contact[];
  /** The images its text shows, by file name. */
  images: Record<string, ReleaseImage>;
  /** The original (Korean) always; translations where they exist. */
  versions: Partial<Record<Locale, ReleaseVersion>> & Record<typeof originalLocale, ReleaseVersion>;
};

/** The text of one language of `R` (a summary's or a whole release's). */
type VersionOf<R extends ReleaseSummary> = R['versions'][typeof originalLocale];

/** A release together with its text in one language. */
export type LocalizedRelease<R extends ReleaseSummary = Release> = { release: R; version: VersionOf<R> };

/** What a reader of `locale` gets: the text in that language, else the original (`translated: false`). */
export type ReadableRelease<R extends ReleaseSummary = Release> = LocalizedRelease<R> & { locale: Locale; translated: boolean };

/** A release in a list, for readers of one language. */
export type ListedRelease = ReadableRelease<ReleaseSummary>;

/** Block N of the original beside block N of its translation. */
export type BlockPair = { original: Block; translation: Block };

/** A release in two languages, ready to be read side by side. */
export type BilingualRelease = { release: Release; original: ReleaseVersion; translation: ReleaseVersion; pairs: BlockPair[] };

/** A release is public once its embargo (if any) has passed at `time`. */
export const isPublished = (release: Pick<ReleaseSummary, 'embargo'>, time: Date) =>
  !release.embargo || Date.parse(release.embargo) <= time.getTime();

/** The languages a release is published in, the original first. */
export const releaseLocales = (release: ReleaseSummary) => Object.keys(release.versions) as Locale[];

/** The release's translation, if it has one. */
export const translationOf = <R extends ReleaseSummary>(release: R): VersionOf<R> | undefined =>
  translationLocales.map((locale) => release.versions[locale] as VersionOf<R> | undefined).find((version) => version);

/** A release has a side-by-side view when it has a translation to set beside the original. */
export const hasSideBySide = (release: ReleaseSummary) => translationOf(release) !== undefined;

/** The release's text in `locale` if it is translated into it, otherwise the original. */
export const readableVersion = <R extends ReleaseSummary>(release: R, locale: Locale): VersionOf<R> =>
  (release.versions[locale] as VersionOf<R> | undefined) ?? (release.versions[originalLocale] as VersionOf<R>);

/** The release for readers of `locale`. */
export function readable<R extends ReleaseSummary>(release: R, locale: Locale): ReadableRelease<R> {
  const version = readableVersion(release, locale);
  return { release, version, locale, translated: version.locale === locale };
}

/** The release in `locale` if it is written in it (what a feed of that language holds). */
export function writtenIn<R extends ReleaseSummary>(release: R, locale: Locale): LocalizedRelease<R> | undefined {
  const version = release.versions[locale] as VersionOf<R> | undefined;
  return version && { release, version };
}

/** The original beside its translation block by block (the loader has aligned them); `undefined` without a translation. */
export function bilingualOf(release: Release): BilingualRelease | undefined {
  const original = release.versions[originalLocale];
  const translation = translationOf(release);
  if (!translation) return undefined;
  return {
    release,
    original,
    translation,
    pairs: original.blocks.map((block, index) => ({ original: block, translation: translation.blocks[index]! })),
  };
}

/** An update as the page shows it: with the fragment id of its log entry (`update-1` is the first ever made, and stays so). */
export type PublishedUpdate = Update & { id: string };

/** The release's updates, newest first, each with its stable log id. */
export const updatesOf = (release: Pick<ReleaseSummary, 'updates'>): PublishedUpdate[] =>
  release.updates.map((update, index) => ({ ...update, id: `update-${index + 1}` })).reverse();

/** An update's note as a reader of `locale` gets it: in that language, else (untranslated) in the original. */
export function noteIn(update: Update, locale: Locale): { text: string; locale: Locale } {
  const text = update.note[locale];
  return text ? { text, locale } : { text: update.note[originalLocale], locale: originalLocale };
}

/** When the release last changed: its latest update, else its publication. */
export const lastModified = (release: Pick<ReleaseSummary, 'date' | 'updates'>): string => release.updates.at(-1)?.date ?? release.date;

/** The newest change among `releases` (ISO time), or `undefined` for none. */
export const latestChange = (releases: Pick<ReleaseSummary, 'date' | 'updates'>[]): string | undefined =>
  releases
    .map(lastModified)
    .reduce<string | undefined>((latest, time) => (latest && Date.parse(latest) >= Date.parse(time) ? latest : time), undefined);

/** The latest update that changed each block, by block index. */
export function blockUpdates(release: Pick<ReleaseSummary, 'updates'>): Map<number, PublishedUpdate> {
  const changed = new Map<number, PublishedUpdate>();
  for (const update of updatesOf(release))
    for (const index of update.blocks.map(blockIndex)) if (!changed.has(index)) changed.set(index, update);
  return changed;
}

/** Indexes of the translation's blocks whose original changed since they were translated. */
export const staleBlocks = (version: ReleaseVersion) => new Set(version.freshness?.stale.map((block) => block.index));

const DESCRIPTION_LENGTH = 160;

/** Cuts `text` to at most `length` characters at a word boundary, marking the cut with an ellipsis. */
function trimAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A description: the summary as written, else the opening paragraph trimmed at a word boundary. */
export function describeVersion(version: Pick<ReleaseVersion, 'summary' | 'blocks'>): string {
  if (version.summary) return version.summary;
  return trimAtWord(version.blocks.find((block) => block.kind === 'paragraph')?.text ?? '', DESCRIPTION_LENGTH);
}

/** What the content index keeps of a release. */
export function summaryOf(release: Release): ReleaseSummary {
  const { contacts: _contacts, images: _images, versions, ...facts } = release;
  const summaries = Object.fromEntries(
    Object.values(versions).map(({ locale, title, description }) => [locale, { locale, title, description }]),
  );
  return { ...facts, versions: summaries as ReleaseSummary['versions'] };
}
