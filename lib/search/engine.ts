import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { indexTerms, queryTerms } from './terms';

/** What the index holds per release and language: `id` is `{locale}:{slug}`; title and date are kept to show a result at once. */
export type SearchDocument = { id: string; title: string; text: string; date: string };

const searchOptions: SearchOptions = {
  tokenize: queryTerms,
  // Every piece of the query must be in the release: that is what makes pieces of Korean words act as a word.
  combineWith: 'AND',
  // The reader may still be typing the last word (an English prefix of two letters or more, a Korean syllable).
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= (/^\p{Script=Hangul}/u.test(term) ? 1 : 2),
  boost: { title: 2 },
};

/** MiniSearch as both sides use it: the build indexes with these options, the browser searches with them. */
export const engineOptions: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: ['title', 'date'],
  tokenize: indexTerms,
  // The terms are final: lowercased and stemmed by the tokenizer already.
  processTerm: (term) => term,
  searchOptions,
};

export const newEngine = () => new MiniSearch<SearchDocument>(engineOptions);
