// `npm run content:translated -- <slug>`: says the translation of a release is up to date with
// its Korean original as it is now, by writing {locale}.translated-from.yml. Run it after
// revising a stale translation, and once for a release written before these records existed.
import { getRelease } from '@/lib/content';
import { RELEASES_DIR, releaseDir, shownContentPath } from '@/lib/content/layout';
import { writeTranslationRecord } from '@/lib/content/publishing';
import { translationLocales } from '@/lib/i18n/routing';

const slug = process.argv[2];
if (!slug) throw new Error('usage: npm run content:translated -- <slug>');
// Embargoed releases too: a translation is prepared before publication.
const release = await getRelease(slug, { embargoed: true });
if (!release) throw new Error(`no release "${slug}" in ${shownContentPath(RELEASES_DIR)}`);
const locales = translationLocales.filter((locale) => release.versions[locale]);
if (locales.length === 0) throw new Error(`${releaseDir(slug)} has no translation to record`);
for (const locale of locales) console.log(`wrote ${await writeTranslationRecord(release, locale)}`);
