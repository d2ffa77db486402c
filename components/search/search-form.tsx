import type { Topic } from '@/lib/content/newsroom';
import { MAX_QUERY_LENGTH } from '@/lib/search/format';
import type { SearchFilters } from '@/lib/search/terms';
import type { SearchLabels } from './search';

const select = 'rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900';

type Props = {
  query: string;
  filters: SearchFilters;
  years: number[];
  topics: Topic[];
  labels: Pick<SearchLabels, 'label' | 'hint' | 'submit' | 'year' | 'anyYear' | 'topic' | 'anyTopic'>;
  setQuery: (query: string) => void;
  setFilters: (filters: SearchFilters) => void;
  /** The reader asks now (Enter, the button): no pause for typing. */
  commit: () => void;
};

/** The query, its hint, and the year and topic it keeps to: a form that also works as a plain GET without script. */
export function SearchForm({ query, filters, years, topics, labels, setQuery, setFilters, commit }: Props) {
  return (
    <form
      role="search"
      method="get"
      className="mt-6"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <label htmlFor="search-query" className="block font-medium text-stone-800">
        {labels.label}
      </label>
      <div className="mt-2 flex gap-2">
        <input
          id="search-query"
          type="search"
          name="q"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="search-hint"
          className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus:border-sky-700 focus:outline-2 focus:outline-sky-700"
        />
        <button type="submit" className="button">
          {labels.submit}
        </button>
      </div>
      <p id="search-hint" className="mt-2 text-sm text-stone-600">
        {labels.hint}
      </p>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <div className="flex items-center gap-2 text-stone-700">
          <label htmlFor="search-year">{labels.year}</label>
          <select
            id="search-year"
            name="year"
            value={filters.year ?? ''}
            onChange={(event) => setFilters({ ...filters, year: event.target.value ? Number(event.target.value) : undefined })}
            className={select}
          >
            <option value="">{labels.anyYear}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 text-stone-700">
          <label htmlFor="search-topic">{labels.topic}</label>
          <select
            id="search-topic"
            name="tag"
            value={filters.tag ?? ''}
            onChange={(event) => setFilters({ ...filters, tag: event.target.value || undefined })}
            className={select}
          >
            <option value="">{labels.anyTopic}</option>
            {topics.map((topic) => (
              <option key={topic.tag} value={topic.tag}>
                {topic.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
}
