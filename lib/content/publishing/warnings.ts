import { diffWords } from 'diff';
import { FACTS_FILE, releaseFile, textFile, translationRecordFile } from '../layout';
import { blockAnchor, blockNumber } from '../anchor';
import type { Release, ReleaseVersion } from '../release';

/** What the new-release scaffold writes as its one paragraph: content:check flags it until it is replaced. */
export const PLACEHOLDER = 'TODO:';

/** Something to look at that does not stop the build (the original prevails). */
export type ContentWarning = { file: string; problem: string; details?: string[] };

const MAX_DIFF = 240;

/** The changed words of `was` → `now`, marked [-removed-]{+added+}, cut short for a terminal. */
function shortDiff(was: string, now: string): string {
  const marked = diffWords(was, now)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('');
  return marked.length > MAX_DIFF ? `${marked.slice(0, MAX_DIFF - 1)}…` : marked;
}

function translationWarnings(release: Release, version: ReleaseVersion): ContentWarning[] {
  const file = releaseFile(release.slug, textFile(version.locale));
  const record = () => `run \`npm run content:translated -- ${release.slug}\``;
  const { freshness } = version;
  if (!freshness) return [];
  if (!freshness.recorded) {
    return [
      {
        file,
        problem:
          `no record of which Korean text this translates (${translationRecordFile(version.locale)}); ` +
          `once the translation is up to date, ${record()}`,
      },
    ];
  }
  const block = (index: number) => `block ${blockNumber(index)} (${blockAnchor(index)})`;
  return [
    ...freshness.stale.map(({ index, was, now }) => ({
      file,
      problem: `${block(index)} translates an older Korean original; revise the translation, then ${record()}`,
      details: [shortDiff(was, now)],
    })),
    ...freshness.unrecorded.map((index) => ({
      file,
      problem: `${block(index)} is not in ${translationRecordFile(version.locale)}; ${record()}`,
    })),
  ];
}

/** A release dated ahead of `now` without an embargo: public at once, which a forgotten `embargo:` does silently. */
function datedAhead(release: Release, now: Date): ContentWarning[] {
  if (release.embargo || Date.parse(release.date) <= now.getTime()) return [];
  return [
    {
      file: releaseFile(release.slug, FACTS_FILE),
      problem:
        `date ${release.date} is ahead, and there is no embargo: the release is public now; ` +
        'to keep it until then, set embargo: to the same moment',
    },
  ];
}

/**
 * What content:check warns about in a valid release at `now`: a date ahead without an embargo,
 * placeholders, raw HTML left out, stale or unrecorded translations, untranslated notes.
 */
export function releaseWarnings(release: Release, now = new Date()): ContentWarning[] {
  const versions = Object.values(release.versions);
  const translated = versions.some((version) => version.freshness);
  return [
    ...datedAhead(release, now),
    ...versions.flatMap((version) =>
      version.blocks.flatMap((block, index) =>
        block.text.startsWith(PLACEHOLDER)
          ? [
              {
                file: releaseFile(release.slug, textFile(version.locale)),
                problem: `block ${blockNumber(index)} is the new-release placeholder; write the release text`,
              },
            ]
          : [],
      ),
    ),
    ...versions.flatMap((version) =>
      (version.hiddenHtml ?? []).map((line) => ({
        file: `${releaseFile(release.slug, textFile(version.locale))}:${line}`,
        problem: 'is raw HTML, which the site leaves out, and with it every line up to the next blank one; write it as Markdown',
      })),
    ),
    ...versions.flatMap((version) => translationWarnings(release, version)),
    ...(translated
      ? release.updates.flatMap((update, index) =>
          update.note.en
            ? []
            : [
                {
                  file: releaseFile(release.slug, FACTS_FILE),
                  problem: `updates.${index}.note.en is missing; English readers see the Korean note`,
                },
              ],
        )
      : []),
  ];
}
