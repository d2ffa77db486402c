// Run by next.config.ts as a build starts: validates every release (each from the build cache
// when its files are unchanged), writes the content index the build's pages and its server read,
// the search index from each release's postings (tokenized once per release and code), and
// Pretendard cut to the Hangul the published pages show.
// Any content problem is printed, file by file, and stops the build.
import { buildTime } from '@/lib/content/clock';
import { isPublished, type Release } from '@/lib/content/release';
import { messages } from '@/lib/i18n/messages';
import { problemsOf } from '@/lib/content/content-error';
import { writeContentIndex } from '@/lib/content/publishing';
import { postingsKeeper, writeSearchFiles } from '@/lib/search/indexing';
import { RENDER_CODE, sourceVersion } from '@/lib/source-version';
import { SyllableCounter } from '@/lib/web-font/plan';
import { writeWebFont } from '@/lib/web-font/write';

const milliseconds = (start: number) => `${Math.round(performance.now() - start)} ms`;
try {
  const start = performance.now();
  const postings = postingsKeeper(await sourceVersion(RENDER_CODE));
  // The face is cut from what is public at the build: nothing of an embargoed release shapes it.
  const syllables = new SyllableCounter();
  syllables.add(JSON.stringify(messages));
  const index = await writeContentIndex(buildTime(), async (release: Release) => {
    await postings.keep(release);
    if (isPublished(release, buildTime())) syllables.add(JSON.stringify(release));
  });
  syllables.add(JSON.stringify(index.newsroom));
  await postings.prune();
  console.log(`  Content: ${index.releases.length} releases validated in ${milliseconds(start)}`);
  const searchStart = performance.now();
  const search = await writeSearchFiles();
  const scheduled = search.scheduled ? `, and one for each of ${search.scheduled} embargo moments ahead,` : '';
  console.log(`  Search: index ${search.version} in ${search.chunkCount} chunks${scheduled} in ${milliseconds(searchStart)}`);
  const fontStart = performance.now();
  const font = await writeWebFont(syllables);
  console.log(`  Web font: ${font.slices} slices, their faces ${font.facesBytes} bytes of CSS, in ${milliseconds(fontStart)}`);
} catch (error) {
  const problems = problemsOf(error);
  if (!problems) throw error;
  for (const problem of problems) console.error(`error    ${problem.message}`);
  console.error(
    `${problems.length} content ${problems.length === 1 ? 'error' : 'errors'}: nothing is published until they are ` +
      `fixed (npm run content:check lists them)`,
  );
  process.exitCode = 1;
}
