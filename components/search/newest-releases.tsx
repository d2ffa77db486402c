import type { Hit } from '@/lib/search/format';
import { SearchResult, type ResultPlace } from './search-result';

/**
 * The newest releases as the search page lists them before anything is asked, rendered on the
 * server: dates and all come written in the page, so the browser makes no date format as it
 * hydrates (its first one costs a slow phone a task of 50–120 ms).
 */
export function NewestReleases({ newest, ...listed }: ResultPlace & { newest: Hit[] }) {
  return (
    <ol aria-labelledby="search-newest-label" className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
      {newest.map((hit) => (
        <SearchResult key={hit.slug} hit={hit} query="" {...listed} />
      ))}
    </ol>
  );
}
