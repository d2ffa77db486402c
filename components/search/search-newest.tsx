import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Topic } from '@/lib/content/newsroom';
import type { SearchFilters } from '@/lib/search/terms';

type Props = {
  topics: Topic[];
  /** The newest releases' list as the server rendered it (./newest-releases.tsx); absent without releases. */
  newest?: ReactNode;
  filters: SearchFilters;
  setFilters: (filters: SearchFilters) => void;
  /** Shown by the page until a search is asked; hidden again while one is asked and not yet answered. */
  shown: boolean;
};

/**
 * What the search page offers before anything is asked: the topics, and the newest releases (in
 * the page as built, there without script). Until a search answers: hidden by the page's script
 * when the address asks something, shown again when the reader clears the search.
 */
export function SearchNewest({ topics, newest, filters, setFilters, shown }: Props) {
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
      {newest && (
        <>
          <p id="search-newest-label" className="mt-2 font-medium text-stone-800">
            {t('newest')}
          </p>
          {newest}
        </>
      )}
    </div>
  );
}
