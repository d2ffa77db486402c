import {
  chunkFile,
  headFile,
  releaseFile,
  releasesFile,
  type IndexHead,
  type ReleaseCard,
  type ReleaseText,
  type TermChunk,
} from '../format';
import type { IndexSource } from './query';

/** The index over HTTP, each file fetched once per page (browsers cache them for good: `folder` names the version). */
export function httpSource(folder: string): IndexSource {
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
    head: () => load<IndexHead>(headFile),
    chunk: (chunk) => load<TermChunk>(chunkFile(chunk)),
    releases: (file) => load<ReleaseCard[]>(releasesFile(file)),
    release: (slug) => load<ReleaseText>(releaseFile(slug)),
  };
}
