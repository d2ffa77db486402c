import type { Locale } from 'next-intl';

/** What a result shows of a release, per language: its title and its blocks' text (block N is `#p-N+1`). */
export type ReleaseText = {
  slug: string;
  /** Published (ISO) and as readers of each language write it. */
  date: string;
  dateText: Record<Locale, string>;
  versions: Partial<Record<Locale, { title: string; blocks: string[] }>>;
};

/** A document id of the index: one per release and language. */
export const documentId = (locale: Locale, slug: string) => `${locale}:${slug}`;

export function parseDocumentId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split(':') as [Locale, string];
  return { locale, slug };
}
