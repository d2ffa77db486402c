import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from 'next-intl';
import { stringify } from 'yaml';
import { recordOf } from '../freshness';
import { contentDir, releaseFile, textFile, translationRecordFile } from '../layout';
import type { Release } from '../release';
import { originalLocale } from '@/lib/i18n/routing';

// The only code that writes content/: the press team's commands (scripts/content/), never a build.

const RECORD_HEADER = [
  '# Which version of each Korean block this translation translates (a hash of the block, and its',
  '# text then). Written by `npm run content:translated` and `npm run xliff -- import`; do not edit.',
].join('\n');

/** Records that `locale` of `release` is up to date with the original as it is now. */
export async function writeTranslationRecord(release: Release, locale: Locale): Promise<string> {
  const file = releaseFile(release.slug, translationRecordFile(locale));
  await writeFile(
    path.join(contentDir(), file),
    `${RECORD_HEADER}\n${stringify(recordOf(release.versions[originalLocale].blocks), { lineWidth: 0 })}`,
  );
  return file;
}

/** Replaces one language's file of a release (the XLIFF import). */
export async function writeReleaseFile(release: Release, locale: Locale, text: string): Promise<string> {
  const file = releaseFile(release.slug, textFile(locale));
  await writeFile(path.join(contentDir(), file), text);
  return file;
}

/** Writes files under content/ (paths relative to it), creating folders; refuses to overwrite. */
export async function writeNewFiles(files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(contentDir(), file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
  }
}
