// `npm run new-release -- <slug> [--embargo 2026-12-03T06:00+09:00]`: a new release folder that
// builds as it is, with one placeholder paragraph per language that content:check flags until
// replaced. Dated today in Korea at 09:00, or, under embargo, at the moment it goes public.
import { FACTS_FILE, releaseDir, releaseFile, shownContentPath, textFile } from '@/lib/content/layout';
import { isoDateTime, slugPattern } from '@/lib/content/schema';
import { PLACEHOLDER, writeNewFiles } from '@/lib/content/publishing';
import { formatKoreaTime, koreaDay } from '@/lib/i18n/formats';
import { fail } from './fail.mts';

const [slug = '', ...options] = process.argv.slice(2);
if (!slugPattern.test(slug))
  fail(
    `usage: npm run new-release -- <slug> [--embargo 2026-12-03T06:00+09:00], where the slug is lowercase ASCII ` +
      `words joined by hyphens (got "${slug}")`,
  );

const embargoAt = options.indexOf('--embargo');
const embargo = embargoAt === -1 ? undefined : (options[embargoAt + 1] ?? '');
if (embargo !== undefined) {
  const checked = isoDateTime.safeParse(embargo);
  if (!checked.success) fail(`--embargo ${embargo}: ${checked.error.issues[0]!.message}`);
  if (Date.parse(embargo) <= Date.now())
    fail(`--embargo ${embargo}: that moment (${formatKoreaTime(new Date(embargo))}) has passed; a release published now needs no embargo`);
}

const date = embargo ?? `${koreaDay(new Date())}T09:00:00+09:00`;
const markdown = (title: string, placeholder: string) => `---\ntitle: "${title}"\nsubtitle: []\n---\n\n${PLACEHOLDER} ${placeholder}\n`;

await writeNewFiles({
  [releaseFile(slug, FACTS_FILE)]:
    `# Facts stated once for every language of this release (see README: release.yml).\ndate: ` +
    `${date}\n${embargo ? `embargo: ${embargo}\n` : ''}tags: []\ntranslations:\n  - en\n`,
  [releaseFile(slug, textFile('ko'))]: markdown('제목', '보도자료 본문을 씁니다. 문단은 빈 줄로 나눕니다.'),
  [releaseFile(slug, textFile('en'))]: markdown('Title', 'The English translation: paragraph N translates Korean paragraph N.'),
});
console.log(
  `created ${shownContentPath(releaseDir(slug))}/ (${[FACTS_FILE, textFile('ko'), textFile('en')].join(', ')})` +
    `${embargo ? `, embargoed until ${formatKoreaTime(new Date(embargo))}` : ''}; npm run content:check lists what is left to write`,
);
