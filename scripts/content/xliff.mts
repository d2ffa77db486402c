// `npm run xliff -- export <slug> [--out FILE]`: the release as XLIFF 2.0 for translators.
// `npm run xliff -- import FILE`: the translated file back into en.md, checked as the build will
// check it before anything is written, and its freshness recorded. A refusal is one line per
// problem, naming the file and the unit.
import { open, writeFile } from 'node:fs/promises';
import { getRelease } from '@/lib/content';
import { problemsOf } from '@/lib/content/content-error';
import { FACTS_FILE, RELEASES_DIR, releaseDir, shownContentPath, textFile } from '@/lib/content/layout';
import { checkEditedRelease, readReleaseFile, writeReleaseFile, writeTranslationRecord } from '@/lib/content/publishing';
import { translationLocales } from '@/lib/i18n/routing';
import { exportXliff, importXliff, readXliff, XliffImportError } from '@/lib/translation/xliff';
import { MAX_XLIFF_BYTES } from '@/lib/translation/xliff-xml';

const [command, argument, ...options] = process.argv.slice(2);
const usage = 'usage: npm run xliff -- export <slug> [--out FILE] | npm run xliff -- import FILE';

async function translated(slug: string, locale: string) {
  // Releases under embargo are translated too.
  const release = await getRelease(slug, { embargoed: true });
  if (!release) throw new XliffImportError(`no release "${slug}" in ${shownContentPath(RELEASES_DIR)}`);
  const translation = translationLocales
    .map((candidate) => release.versions[candidate])
    .find((version) => version && (!locale || version.locale === locale));
  if (!translation)
    throw new XliffImportError(
      `${releaseDir(slug)} has no ${locale || 'translation'}: add it to "translations" in ${FACTS_FILE}, with an ` +
        `${locale || 'en'}.md of the same blocks (npm run new-release makes one)`,
    );
  return { release, translation };
}

/** The file's text, read no further than the limit: a file of 50 MB is refused, not read. */
async function readLimited(file: string): Promise<string> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new XliffImportError(`cannot be read (${error.code ?? error.message})`);
  });
  try {
    const buffer = Buffer.alloc(MAX_XLIFF_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, 0);
    if (bytesRead > MAX_XLIFF_BYTES)
      throw new XliffImportError(`is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB; an XLIFF file of a release is far smaller`);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function importFile(file: string) {
  const { document, slug, locale } = readXliff(await readLimited(file));
  const { release, translation } = await translated(slug, locale);
  const name = textFile(translation.locale);
  const { text, changed, warnings } = importXliff(release, translation, await readReleaseFile(slug, name), document);
  for (const warning of warnings) console.warn(`${file}: warning: ${warning}`);
  if (changed.length === 0) {
    console.log(`${name} unchanged`);
  } else {
    await checkEditedRelease(slug, name, text);
    console.log(`wrote ${await writeReleaseFile(release, translation.locale, text)} (${changed.join(', ')})`);
  }
  console.log(`wrote ${await writeTranslationRecord(release, translation.locale)}`);
}

try {
  if (command === 'export' && argument) {
    const { release, translation } = await translated(argument, '');
    const xml = exportXliff(release, translation);
    const out = options[0] === '--out' ? options[1] : undefined;
    if (out) {
      await writeFile(out, xml);
      console.log(`wrote ${out}`);
    } else process.stdout.write(xml);
  } else if (command === 'import' && argument) {
    await importFile(argument);
  } else {
    console.error(usage);
    process.exitCode = 1;
  }
} catch (error) {
  const problems = problemsOf(error);
  if (error instanceof XliffImportError) console.error(`${argument}: ${error.message}`);
  else if (problems)
    for (const problem of problems) console.error(`${argument}: nothing written, the translation would not build: ${problem.message}`);
  else throw error;
  process.exitCode = 1;
}
