// `npm run xliff -- export <slug> [--out FILE]`: the release as XLIFF 2.0 for translators.
// `npm run xliff -- import FILE`: the translated file back into en.md, and its freshness recorded.
import { readFile, writeFile } from 'node:fs/promises';
import { getRelease, readReleaseFile } from '@/lib/content';
import { writeReleaseFile, writeTranslationRecord } from '@/lib/content/writer';
import { translationLocales } from '@/lib/i18n/routing';
import { exportXliff, importXliff, readXliff } from '@/lib/translation/xliff';

const [command, argument, ...options] = process.argv.slice(2);
const usage = 'usage: npm run xliff -- export <slug> [--out FILE] | npm run xliff -- import FILE';

async function translated(slug: string, locale: string) {
  // Releases under embargo are translated too.
  const release = await getRelease(slug, { embargoed: true });
  if (!release) throw new Error(`no release "${slug}" in content/releases`);
  const translation = translationLocales.map((candidate) => release.versions[candidate]).find((version) => version && (!locale || version.locale === locale));
  if (!translation) throw new Error(`releases/${slug} has no ${locale || 'translation'}: add it to "translations" in release.yml, with an ${locale || 'en'}.md of the same blocks (npm run new-release makes one)`);
  return { release, translation };
}

if (command === 'export' && argument) {
  const { release, translation } = await translated(argument, '');
  const xml = await exportXliff(release, translation);
  const out = options[0] === '--out' ? options[1] : undefined;
  if (out) {
    await writeFile(out, xml);
    console.log(`wrote ${out}`);
  } else process.stdout.write(xml);
} else if (command === 'import' && argument) {
  const { document, slug, locale } = await readXliff(await readFile(argument, 'utf8'));
  const { release, translation } = await translated(slug, locale);
  const { text, changed } = importXliff(release, translation, await readReleaseFile(slug, `${translation.locale}.md`), document);
  if (changed.length) console.log(`wrote ${await writeReleaseFile(release, translation.locale, text)} (${changed.join(', ')})`);
  else console.log(`${translation.locale}.md unchanged`);
  console.log(`wrote ${await writeTranslationRecord(release, translation.locale)}`);
} else {
  console.error(usage);
  process.exitCode = 1;
}
