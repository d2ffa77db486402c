import { latinTerm, queryRuns } from '../terms';

// How the browser reads the word a reader is still typing, and weighs what it may grow into.

/** A term the reader's last word may still grow into counts less the more it adds (MiniSearch's prefix weighting). */
export const completionFactor = (typed: string, term: string) =>
  term === typed ? 1 : (0.375 * typed.length) / (typed.length + 0.3 * (term.length - typed.length));

/** Whether the query's last term is searched as a prefix: an English word of two letters or more, a Korean syllable. */
const isTyping = (term: string) => term.length >= (/^\p{Script=Hangul}/u.test(term) ? 1 : 2);

/**
 * What the terms `term`, the query's last, may grow into begin with while the reader may still
 * be typing it; `undefined` when it counts only whole. An English word grows from its letters as
 * typed, not its stem, which may begin words the letters cannot become ("companies" is compani,
 * as in companion).
 */
export function completionPrefix(query: string, term: string): string | undefined {
  if (!isTyping(term)) return undefined;
  const last = queryRuns(query).at(-1);
  return last?.script === 'latin' && latinTerm(last.text) === term ? last.text.toLowerCase() : term;
}
