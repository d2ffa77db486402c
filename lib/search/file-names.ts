/** The files the search index is published as, under `/search-index/{version}/`. */
export const headFile = 'head.json';
export const shardFile = (shard: number) => `terms-${shard}.json`;
export const releaseFile = (slug: string) => `release-${slug}.json`;
