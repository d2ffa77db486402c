import { indexTerms, queryRuns, queryTerms, runsOf, wordTerm } from '../terms';
import { completionPrefix } from './completion';

/** A piece of text, marked where it matches the query. */
export type Segment = { text: string; match: boolean };

type Range = [start: number, end: number];

/** Where a query's Korean run stands in a text: its syllables, with or without spaces between them. */
const hangulPattern = (run: string) => new RegExp([...run].join('\\s*'), 'g');

/**
 * The ranges of `text` (composed) a query's words match: Korean with or without spaces between
 * syllables; English words and figures as the index reads them, a word by its stem (the last one,
 * being typed, by its start too), a figure whole (`1030` marks 1,030, never the 30 of 2030).
 */
function matchRanges(text: string, query: string): Range[] {
  const runs = queryRuns(query);
  const ranges: Range[] = [];
  for (const run of runs.filter((run) => run.script === 'hangul'))
    for (const match of text.matchAll(hangulPattern(run.text))) ranges.push([match.index, match.index + match[0].length]);
  const terms = new Set(runs.filter((run) => run.script !== 'hangul').map(wordTerm));
  const last = runs.at(-1);
  const typing = last?.script === 'latin' ? completionPrefix(query, wordTerm(last)) : undefined;
  for (const word of runsOf(text).filter((run) => run.script !== 'hangul')) {
    if (terms.has(wordTerm(word)) || (typing && word.script === 'latin' && word.text.toLowerCase().startsWith(typing)))
      ranges.push([word.index, word.index + word.text.length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * `text` cut into segments, the parts matching `query` marked. Text stored decomposed (NFD) is
 * shown composed, as it reads: the matches are found in the composed text.
 */
export function highlight(stored: string, query: string): Segment[] {
  const text = stored.normalize('NFC');
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (end <= at) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(Math.max(start, at), end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** How many of the query's terms a text holds (the last one, while typed, by what it begins with: `prefix`). */
function termsMatched(text: string, terms: string[], prefix: string | undefined): number {
  const held = new Set(indexTerms(text));
  return terms.filter(
    (term, index) =>
      held.has(term) || (index === terms.length - 1 && prefix !== undefined && [...held].some((candidate) => candidate.startsWith(prefix))),
  ).length;
}

/** The block that matches the query best (the first of equals), or `undefined` when none matches at all. */
export function bestBlock(blocks: string[], query: string): number | undefined {
  const terms = queryTerms(query);
  const prefix = terms.length > 0 ? completionPrefix(query, terms.at(-1)!) : undefined;
  let best: { index: number; matched: number } | undefined;
  blocks.forEach((block, index) => {
    const matched = termsMatched(block, terms, prefix);
    if (matched > 0 && matched > (best?.matched ?? 0)) best = { index, matched };
  });
  return best?.index;
}

const EXCERPT_LENGTH = 200;
const LEAD = 50;

/** `index`, or the next one where it would cut a character outside the BMP (an emoji) in two. */
const wholeCharacter = (text: string, index: number) => (/[\uDC00-\uDFFF]/.test(text[index] ?? '') ? index + 1 : index);

/** A block's text around its first match, at most about 200 characters, cuts marked with an ellipsis. */
export function excerptOf(stored: string, query: string): Segment[] {
  const text = stored.normalize('NFC');
  if (text.length <= EXCERPT_LENGTH) return highlight(text, query);
  const first = matchRanges(text, query)[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - LEAD, text.length - EXCERPT_LENGTH));
  // Start at a word, not inside one.
  const space = from > 0 ? text.slice(from, first).search(/\s/) : -1;
  const start = wholeCharacter(text, space >= 0 ? from + space + 1 : from);
  const end = wholeCharacter(text, start + EXCERPT_LENGTH);
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  return highlight(window, query);
}
