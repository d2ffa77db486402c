import { findMisalignment } from './alignment';
import type { Release, ReleaseVersion } from './loader';
import type { Block } from './markdown';
import { originalLocale, translationLocales } from './schema';

/** Block N of the original beside block N of its translation. */
export type BlockPair = { original: Block; translation: Block };

/** A release in two languages, ready to be read side by side. */
export type BilingualRelease = {
  release: Release;
  original: ReleaseVersion;
  translation: ReleaseVersion;
  pairs: BlockPair[];
};

/** The release's translation, if it has one. */
export function translationOf(release: Release): ReleaseVersion | undefined {
  return translationLocales.map((locale) => release.versions[locale]).find((version) => version);
}

/** Pairs the original with its translation block by block; `undefined` when there is no translation. */
export function pairRelease(release: Release): BilingualRelease | undefined {
  const original = release.versions[originalLocale];
  const translation = translationOf(release);
  if (!translation) return undefined;
  // The loader already refuses misaligned releases; this keeps the pairing honest on its own.
  const gap = findMisalignment(original.blocks, translation.blocks);
  if (gap) throw new Error(`${release.slug}: cannot pair block ${gap.index + 1} (${gap.original ?? 'no block'} beside ${gap.translation ?? 'no block'})`);
  const pairs = original.blocks.map((block, index) => ({ original: block, translation: translation.blocks[index]! }));
  return { release, original, translation, pairs };
}
