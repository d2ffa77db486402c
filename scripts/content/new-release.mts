// `npm run new-release -- <slug>`: a new release folder that builds as it is (dated today in
// Korea), with one placeholder paragraph per language that content:check flags until replaced.
import { FACTS_FILE, releaseDir, releaseFile, textFile } from '@/lib/content/layout';
import { slugPattern } from '@/lib/content/schema';
import { PLACEHOLDER } from '@/lib/content/warnings';
import { writeNewFiles } from '@/lib/content/writer';
import { site } from '@/lib/site';

const slug = process.argv[2] ?? '';
if (!slugPattern.test(slug)) throw new Error(`usage: npm run new-release -- <slug>, where the slug is lowercase ASCII words joined by hyphens (got "${slug}")`);

const today = new Intl.DateTimeFormat('en-CA', { timeZone: site.timeZone }).format(new Date());
const markdown = (title: string, placeholder: string) => `---\ntitle: "${title}"\nsubtitle: []\n---\n\n${PLACEHOLDER} ${placeholder}\n`;

await writeNewFiles({
  [releaseFile(slug, FACTS_FILE)]: `# Facts stated once for every language of this release (see README: release.yml).\ndate: ${today}T09:00:00+09:00\ntags: []\ntranslations:\n  - en\n`,
  [releaseFile(slug, textFile('ko'))]: markdown('제목', '보도자료 본문을 씁니다. 문단은 빈 줄로 나눕니다.'),
  [releaseFile(slug, textFile('en'))]: markdown('Title', 'The English translation: paragraph N translates Korean paragraph N.'),
});
console.log(`created content/${releaseDir(slug)}/ (release.yml, ko.md, en.md); npm run content:check lists what is left to write`);
