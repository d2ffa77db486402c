/** The files the search index is published as, under `/search-index/{version}/`. */
export const headFile = 'head.json';
export const chunkFile = (chunk: number) => `terms-${chunk}.json`;
export const releasesFile = (file: number) => `releases-${file}.json`;
export const releaseFile = (slug: string) => `release-${slug}.json`;
/** The slug a release text's file name names, if it is one. */
export const slugOfReleaseFile = (name: string) => /^release-([a-z0-9-]+)\.json$/.exec(name)?.[1];
