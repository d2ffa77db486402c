// Run by next.config.ts as a build starts: validates every release (each from the build cache
// when its files are unchanged) and writes the content index the build's pages and its server
// read. Any content problem is printed, file by file, and stops the build.
import { buildTime } from '@/lib/content/build-time';
import { problemsOf } from '@/lib/content/content-error';
import { writeContentIndex } from '@/lib/content/content-index';

const start = performance.now();
try {
  const index = await writeContentIndex(buildTime());
  console.log(`  Content: ${index.releases.length} releases validated in ${Math.round(performance.now() - start)} ms`);
} catch (error) {
  const problems = problemsOf(error);
  if (!problems) throw error;
  for (const problem of problems) console.error(`error    ${problem.message}`);
  console.error(`${problems.length} content ${problems.length === 1 ? 'error' : 'errors'}: nothing is published until they are fixed (npm run content:check lists them)`);
  process.exitCode = 1;
}
