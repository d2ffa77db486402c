import type { Locale } from 'next-intl';

/** What the search says, in the page's language: the search page passes them from its messages. */
export type SearchLabels = {
  label: string;
  hint: string;
  submit: string;
  searching: string;
  /** With `{query}` and `{count}` in them. */
  resultsNone: string;
  resultsOne: string;
  resultsOther: string;
  failed: string;
  more: string;
  newest: string;
  year: string;
  anyYear: string;
  topic: string;
  anyTopic: string;
  topics: string;
  resultLanguage: Record<Locale, string>;
};
