// Run by next.config.ts as a build starts: validates every release (each from the build cache
// when its files are unchanged), writes the content index the build's pages and its server read,
// and the search index from each release's postings (tokenized once per release and code).
// Any content problem is printed, file by file, and stops the build.
import { buildTime } from '@/lib/content/clock';
import { problemsOf } from '@/lib/content/content-error';
import { writeContentIndex } from '@/lib/content/content-index';
import { postingsKeeper, writeSearchFiles } from '@/lib/search/search-files';
import { RENDER_CODE, sourceVersion } from '@/lib/source-version';

const milliseconds = (start: number) => `${Math.round(performance.now() - start)} ms`;
try {
  const start = performance.now();
  const postings = postingsKeeper(await sourceVersion(RENDER_CODE));
  const index = await writeContentIndex(buildTime(), postings.keep);
  await postings.prune();
  console.log(`  Content: ${index.releases.length} releases validated in ${milliseconds(start)}`);
  const searchStart = performance.now();
  const search = await writeSearchFiles();
  const scheduled = search.scheduled ? `, and one for each of ${search.scheduled} embargo moments ahead,` : '';
  console.log(`  Search: index ${search.version} in ${search.chunkCount} chunks${scheduled} in ${milliseconds(searchStart)}`);
} catch (error) {
  const problems = problemsOf(error);
  if (!problems) throw error;
  for (const problem of problems) console.error(`error    ${problem.message}`);
  console.error(`${problems.length} content ${problems.length === 1 ? 'error' : 'errors'}: nothing is published until they are fixed (npm run content:check lists them)`);
  process.exitCode = 1;
}
