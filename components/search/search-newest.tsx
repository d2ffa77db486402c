import { useTranslations } from 'next-intl';
import type { Topic } from '@/lib/content/newsroom';
import type { Hit } from '@/lib/search/format';
import type { SearchFilters } from '@/lib/search/terms';
import { SearchResult, type ResultPlace } from './search-result';

type Props = {
  topics: Topic[];
  newest: Hit[];
  filters: SearchFilters;
  setFilters: (filters: SearchFilters) => void;
  /** Shown by the page until a search is asked; hidden again while one is asked and not yet answered. */
  shown: boolean;
  listed: ResultPlace;
};

/**
 * What the search page offers before anything is asked: the topics, and the newest releases (in
 * the page as built, there without script). Until a search answers: hidden by the page's script
 * when the address asks something, shown again when the reader clears the search.
 */
export function SearchNewest({ topics, newest, filters, setFilters, shown, listed }: Props) {
  const t = useTranslations('Search');
  return (
    <div id="search-newest" hidden={shown ? false : undefined} suppressHydrationWarning>
      {topics.length > 0 && (
        <nav aria-label={t('topics')} className="mb-6 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-stone-600">{t('topics')}:</span>
          {topics.map((topic) => (
            <button
              key={topic.tag}
              type="button"
              onClick={() => setFilters({ ...filters, tag: topic.tag })}
              className="rounded-full border border-stone-300 px-3 py-0.5 text-stone-800 hover:border-sky-800 hover:text-sky-800"
            >
              {topic.label}
            </button>
          ))}
        </nav>
      )}
      {newest.length > 0 && (
        <>
          <p id="search-newest-label" className="mt-2 font-medium text-stone-800">
            {t('newest')}
          </p>
          <ol aria-labelledby="search-newest-label" className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
            {newest.map((hit) => (
              <SearchResult key={hit.slug} hit={hit} query="" {...listed} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
