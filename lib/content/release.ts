import type { Locale } from 'next-intl';
import { originalLocale, translationLocales } from '@/lib/i18n/routing';
import type { Freshness } from './freshness';
import type { Block, BlockImage } from './markdown';
import type { Contact, FrontMatter, ImageFacts, Newsroom, ReleaseFacts, Update } from './schema';

/** One language of a release, parsed and rendered; a translation also knows how fresh it is. */
export type ReleaseVersion = FrontMatter & { locale: Locale; blocks: Block[]; freshness?: Freshness };

/** An image of a release, as the loader found it in `images/`: its credit, size and format. */
export type ReleaseImage = ImageFacts & { file: string; width: number; height: number; bytes: number; format: string };

/** The folder of a release that holds its images; the text names them `images/{file}`. */
export const IMAGES_DIR = 'images';

/** The file an image block shows (the loader has checked it is `images/{file}`). */
export const imageFileOf = (image: BlockImage) => image.src.slice(IMAGES_DIR.length + 1);

/** A release as the loader hands it over: its facts and every language it is written in, blocks aligned. */
export type Release = Omit<ReleaseFacts, 'translations' | 'contacts' | 'images'> & {
  slug: string;
  /** Its own media contacts, else the newsroom's. */
  contacts: Contact[];
  /** The images its text shows, by file name. */
  images: Record<string, ReleaseImage>;
  /** The original (Korean) always; translations where they exist. */
  versions: Partial<Record<Locale, ReleaseVersion>> & Record<typeof originalLocale, ReleaseVersion>;
};

/** Everything the content folder holds. */
export type Content = { newsroom: Newsroom; releases: Release[] };

/** A release together with its text in one language. */
export type LocalizedRelease = { release: Release; version: ReleaseVersion };

/** What a reader of `locale` gets: the text in that language, else the original (`translated: false`). */
export type ReadableRelease = LocalizedRelease & { locale: Locale; translated: boolean };

/** Block N of the original beside block N of its translation. */
export type BlockPair = { original: Block; translation: Block };

/** A release in two languages, ready to be read side by side. */
export type BilingualRelease = { release: Release; original: ReleaseVersion; translation: ReleaseVersion; pairs: BlockPair[] };

/** A release is public once its embargo (if any) has passed at `time`. */
export const isPublished = (release: Release, time: Date) => !release.embargo || Date.parse(release.embargo) <= time.getTime();

/** The languages a release is published in, the original first. */
export const releaseLocales = (release: Release) => Object.keys(release.versions) as Locale[];

/** The release's translation, if it has one. */
export const translationOf = (release: Release): ReleaseVersion | undefined =>
  translationLocales.map((locale) => release.versions[locale]).find((version) => version);

/** A release has a side-by-side view when it has a translation to set beside the original. */
export const hasSideBySide = (release: Release) => translationOf(release) !== undefined;

/** The release's text in `locale` if it is translated into it, otherwise the original. */
export const readableVersion = (release: Release, locale: Locale): ReleaseVersion => release.versions[locale] ?? release.versions[originalLocale];

/** The release for readers of `locale`. */
export function readable(release: Release, locale: Locale): ReadableRelease {
  const version = readableVersion(release, locale);
  return { release, version, locale, translated: version.locale === locale };
}

/** The release in `locale` if it is written in it (what a feed of that language holds). */
export function writtenIn(release: Release, locale: Locale): LocalizedRelease | undefined {
  const version = release.versions[locale];
  return version && { release, version };
}

/** The original beside its translation block by block (the loader has aligned them); `undefined` without a translation. */
export function bilingualOf(release: Release): BilingualRelease | undefined {
  const original = release.versions[originalLocale];
  const translation = translationOf(release);
  if (!translation) return undefined;
  return { release, original, translation, pairs: original.blocks.map((block, index) => ({ original: block, translation: translation.blocks[index]! })) };
}

/** An update as the page shows it: with the fragment id of its log entry (`update-1` is the first ever made, and stays so). */
export type PublishedUpdate = Update & { id: string };

/** The release's updates, newest first, each with its stable log id. */
export const updatesOf = (release: Release): PublishedUpdate[] => release.updates.map((update, index) => ({ ...update, id: `update-${index + 1}` })).reverse();

/** When the release last changed: its latest update, else its publication. */
export const lastModified = (release: Release): string => release.updates.at(-1)?.date ?? release.date;

/** The newest change among `releases` (ISO time), or `undefined` for none. */
export const latestChange = (releases: Release[]): string | undefined =>
  releases.map(lastModified).reduce<string | undefined>((latest, time) => (latest && Date.parse(latest) >= Date.parse(time) ? latest : time), undefined);

/** The latest update that changed each block, by block index. */
export function blockUpdates(release: Release): Map<number, PublishedUpdate> {
  const changed = new Map<number, PublishedUpdate>();
  for (const update of updatesOf(release)) for (const block of update.blocks) if (!changed.has(block - 1)) changed.set(block - 1, update);
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
export function describeRelease(version: Pick<ReleaseVersion, 'summary' | 'blocks'>): string {
  if (version.summary) return version.summary;
  return trimAtWord(version.blocks.find((block) => block.kind === 'paragraph')?.text ?? '', DESCRIPTION_LENGTH);
}
