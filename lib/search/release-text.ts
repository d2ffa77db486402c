import type { Locale } from 'next-intl';

/** What a result needs of a release beyond the index: its blocks' text per language (block N is `#p-N+1`). */
export type ReleaseText = Partial<Record<Locale, string[]>>;
