// The search index as the build makes it and the server answers it: the one entry point of pages,
// routes and scripts (the browser's side is ./browser, the format both share ../format.ts).
export { getSearchFiles, postingsKeeper, writeSearchFiles } from './search-files';
