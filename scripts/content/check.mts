// `npm run content:check [-- --strict]`: validates all content in one pass and prints every
// problem, errors apart from warnings, then the releases waiting for their embargo. Exit 1 on
// any error; with --strict, on any warning too.
import { problemsOf, type ContentError } from '@/lib/content/content-error';
import { scheduledReleases, type Scheduled } from '@/lib/content/schedule';
import { releaseWarnings, scanContent, type ContentWarning } from '@/lib/content/publishing';

const strict = process.argv.includes('--strict');

let errors: ContentError[] = [];
const warnings: ContentWarning[] = [];
let scheduled: Scheduled[] = [];
try {
  // Each release from the build's cache when its files are unchanged, as the build reads them.
  const { releases } = await scanContent((release) => {
    warnings.push(...releaseWarnings(release));
  });
  scheduled = scheduledReleases(releases, new Date());
} catch (error) {
  errors = problemsOf(error) ?? [];
  if (errors.length === 0) throw error;
}

warnings.sort((a, b) => a.file.localeCompare(b.file));
for (const error of errors) console.log(`error    ${error.message}`);
for (const warning of warnings) {
  console.log(`warning  ${warning.file}: ${warning.problem}`);
  for (const line of warning.details ?? []) console.log(`           ${line}`);
}
for (const { line } of scheduled) console.log(line);
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(`${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}${strict ? ' (--strict: warnings fail)' : ''}`);
process.exitCode = errors.length > 0 || (strict && warnings.length > 0) ? 1 : 0;
