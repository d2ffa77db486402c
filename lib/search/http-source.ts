import type { IndexSource } from './query';
import type { ReleaseText } from './release-text';
import type { IndexEntries, IndexHead } from './shards';
import { headFile, releaseFile, shardFile } from './file-names';

/** Where the browser finds the index, as the search page tells it. */
export type IndexLocation = { folder: string; shardCount: number };

/** The index over HTTP, each file fetched once per page (browsers cache them for good: the folder names the version). */
export function httpSource({ folder, shardCount }: IndexLocation): IndexSource {
  const fetched = new Map<string, Promise<unknown>>();
  function load<T>(file: string): Promise<T> {
    let pending = fetched.get(file);
    if (!pending) {
      pending = fetch(folder + file).then((response) => {
        if (!response.ok) throw new Error(`${file}: ${response.status}`);
        return response.json();
      });
      // A failed fetch is tried again with the next query.
      pending.catch(() => fetched.delete(file));
      fetched.set(file, pending);
    }
    return pending as Promise<T>;
  }
  return {
    shardCount,
    head: () => load<IndexHead>(headFile),
    shard: (shard) => load<IndexEntries>(shardFile(shard)),
    release: (slug) => load<ReleaseText>(releaseFile(slug)),
  };
}
