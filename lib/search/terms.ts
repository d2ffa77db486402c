import { stemmer } from 'stemmer';

/**
 * Search terms, the same on the build machine and in the browser.
 *
 * Korean glues nouns into compounds and particles onto words (동반성장, LG이노텍은), so a word is
 * not a unit: Hangul is cut into overlapping two-syllable pieces, and a query matches a text
 * holding all of its pieces. English words are lowercased and stemmed (Porter), so plurals and
 * simple inflections meet. Numbers keep their digits without separators.
 */

// A run of Hangul syllables, a run of other letters (an English possessive's 's left out), or a
// number: 1,000 and 3.5 stay whole, but a comma before fewer than three digits lists figures
// (1,2차: first and second tier). Lone jamo are no run: they are a syllable still being typed
// (동반ㅅ on the way to 동반성장), and would otherwise turn the results the reader has into "no
// results" at every keystroke.
const RUN =
  /([\uAC00-\uD7A3]+)|((?:(?!\p{Script=Hangul})[\p{L}\p{M}])+)(?:['’]s(?![\p{L}\p{M}]))?|(\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?!,?\p{N})|\p{N}+(?:\.\p{N}+)*)/gu;

export type Run = { text: string; index: number; script: 'hangul' | 'latin' | 'number' };

/** The runs of `text` a search reads, with where each starts. */
export function runsOf(text: string): Run[] {
  return [...text.normalize('NFC').matchAll(RUN)].map((match) => ({
    text: (match[1] ?? match[2] ?? match[3])!,
    index: match.index,
    script: match[1] ? 'hangul' : match[2] ? 'latin' : 'number',
  }));
}

/** `동반성장` → 동반, 반성, 성장; a single syllable stays itself. */
function bigrams(run: string): string[] {
  const syllables = [...run];
  if (syllables.length === 1) return syllables;
  return syllables.slice(1).map((syllable, index) => syllables[index] + syllable);
}

/** The term one Latin word stands for: `Suppliers` → `supplier`. */
export const latinTerm = (word: string) => stemmer(word.toLowerCase());

/** The term a number stands for: `1,000` → `1000`. */
export const numberTerm = (number: string) => number.replace(/,/g, '');

/** The one term a word or a figure stands for (a Hangul run stands for its pieces). */
export const wordTerm = (run: Run) => (run.script === 'latin' ? latinTerm(run.text) : numberTerm(run.text));

function runTerms(run: Run): string[] {
  return run.script === 'hangul' ? bigrams(run.text) : [wordTerm(run)];
}

/** A query as typed, full-width letters and digits (ＬＧ, １０３０) read as the plain ones. */
const queryText = (query: string) => query.normalize('NFKC');

/** The runs of a query (queryText). */
export const queryRuns = (query: string): Run[] => runsOf(queryText(query));

/** The piece across the space between two Hangul runs of `text` parted by spaces alone (스마트 공장: 트공), if they are. */
function bridge(text: string, run: Run | undefined, next: Run | undefined): string | undefined {
  if (run?.script !== 'hangul' || next?.script !== 'hangul') return undefined;
  return /^\s+$/.test(text.slice(run.index + run.text.length, next.index)) ? run.text.at(-1)! + next.text[0]! : undefined;
}

/**
 * The terms a query asks for, in order. A one-syllable word beside another Korean word asks for
 * the piece across the space, which the index holds whether the text has the space or not
 * (전 세계: 전세 and 세계, as in 전세계); alone it asks for itself.
 */
export function queryTerms(query: string): string[] {
  const text = queryText(query);
  const runs = runsOf(text);
  return runs.flatMap((run, index) => {
    const across =
      run.script === 'hangul' && run.text.length === 1 && (bridge(text, run, runs[index + 1]) ?? bridge(text, runs[index - 1], run));
    return across ? [across] : runTerms(run);
  });
}

/**
 * The terms a text is indexed under. Two Hangul runs parted only by spaces also give the piece
 * across the space (스마트 공장 → 트공), so a query written without the space still finds it.
 */
export function indexTerms(text: string): string[] {
  // The runs' positions are in the composed text (runsOf composes decomposed Hangul first).
  const composed = text.normalize('NFC');
  const runs = runsOf(composed);
  return runs.flatMap((run, index) => {
    const across = bridge(composed, run, runs[index + 1]);
    return [...runTerms(run), ...(across ? [across] : [])];
  });
}

/** What a search keeps to besides its words: a year (in Korea's time) and a topic (a tag of newsroom.yml). */
export type SearchFilters = { year?: number; tag?: string };

/**
 * A release's year and topics are terms of the index too, so a filter is one more term a match
 * must hold. They start with `#`, which no word of a text turns into.
 */
export function filterTerms({ year, tag }: SearchFilters): string[] {
  return [...(year === undefined ? [] : [`#year:${year}`]), ...(tag === undefined ? [] : [`#tag:${tag}`])];
}
