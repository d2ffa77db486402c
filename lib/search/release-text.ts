import type { Locale } from 'next-intl';

/** What a result needs of a release beyond the index: its blocks' text per language (block N is `#p-N+1`). */
export type ReleaseText = Partial<Record<Locale, string[]>>;

/** A document id of the index: one per release and language. */
export const documentId = (locale: Locale, slug: string) => `${locale}:${slug}`;

export function parseDocumentId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split(':') as [Locale, string];
  return { locale, slug };
}
