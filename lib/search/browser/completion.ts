// How the browser weighs the completions of the word a reader is still typing.

/** A term the reader's last word may still grow into counts less the more it adds (MiniSearch's prefix weighting). */
export const completionFactor = (typed: string, term: string) =>
  term === typed ? 1 : (0.375 * typed.length) / (typed.length + 0.3 * (term.length - typed.length));

/** Whether the query's last term is searched as a prefix: an English word of two letters or more, a Korean syllable. */
export const isTyping = (term: string) => term.length >= (/^\p{Script=Hangul}/u.test(term) ? 1 : 2);
