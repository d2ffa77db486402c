import { useTranslations } from 'next-intl';
import type { Ref } from 'react';
import type { Topic } from '@/lib/content/newsroom';
import type { SearchFilters } from '@/lib/search/terms';
import { QueryField } from './search-box';

type FilterProps = {
  /** The address's parameter (`year`, `tag`); the control's id is `search-{name}`. */
  name: string;
  label: string;
  /** The first choice, which keeps to nothing. */
  anyLabel: string;
  value: string;
  /** Each choice as [value, label]. */
  options: [string, string][];
  onChange: (value: string) => void;
};

/** One thing a search keeps to, as a labelled choice. */
function Filter({ name, label, anyLabel, value, options, onChange }: FilterProps) {
  return (
    <div className="flex items-center gap-2 text-stone-700">
      <label htmlFor={`search-${name}`}>{label}</label>
      <select
        id={`search-${name}`}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900"
      >
        <option value="">{anyLabel}</option>
        {options.map(([option, optionLabel]) => (
          <option key={option} value={option}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

type Props = {
  ref: Ref<HTMLFormElement>;
  query: string;
  filters: SearchFilters;
  years: number[];
  topics: Topic[];
  setQuery: (query: string) => void;
  setFilters: (filters: SearchFilters) => void;
  /** The reader asks now (Enter, the button): no pause for typing. */
  commit: () => void;
};

/** The query, its hint, and the year and topic it keeps to: a form that also works as a plain GET without script. */
export function SearchForm({ ref, query, filters, years, topics, setQuery, setFilters, commit }: Props) {
  const t = useTranslations('Search');
  return (
    <form
      ref={ref}
      role="search"
      method="get"
      className="mt-6"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <QueryField
        id="search-query"
        label={t('label')}
        submit={t('submit')}
        input={{
          value: query,
          onChange: (event) => setQuery(event.target.value),
          autoComplete: 'off',
          spellCheck: false,
          'aria-describedby': 'search-hint',
        }}
      />
      <p id="search-hint" className="mt-2 text-sm text-stone-600">
        {t('hint')}
      </p>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Filter
          name="year"
          label={t('year')}
          anyLabel={t('anyYear')}
          value={String(filters.year ?? '')}
          options={years.map((year) => [String(year), String(year)])}
          onChange={(year) => setFilters({ ...filters, year: year ? Number(year) : undefined })}
        />
        <Filter
          name="tag"
          label={t('topic')}
          anyLabel={t('anyTopic')}
          value={filters.tag ?? ''}
          options={topics.map((topic) => [topic.tag, topic.label])}
          onChange={(tag) => setFilters({ ...filters, tag: tag || undefined })}
        />
      </div>
    </form>
  );
}
