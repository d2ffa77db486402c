// Search as the browser runs it: the one entry point of the search page's client components (the
// build's side is ../indexing, the format both share ../format.ts).
export { highlight, type Segment } from './excerpt';
export type { Excerpt } from './query';
export { useSearch } from './use-search';
