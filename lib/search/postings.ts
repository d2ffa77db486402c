import type { AsPlainObject } from 'minisearch';
import type { Locale } from 'next-intl';
import { releaseLocales, type Release } from '@/lib/content/release';
import { engineOptions } from './engine';
import { documentId } from './release-text';
import { indexTerms } from './terms';

// The index is made from each release's postings: its terms and how often each occurs, per
// language and field. They are what tokenizing costs, so a build keeps them per release and
// puts the index together from them, as MiniSearch would from the text (same numbers, same file).

/** One document of the index (a release in one language): what MiniSearch would record of it. */
export type DocumentPostings = {
  id: string;
  title: string;
  date: string;
  /** Distinct terms per field (title, text): MiniSearch's field length. */
  lengths: number[];
  /** Each term with its count per field. */
  terms: Record<string, number[]>;
};

const fields = engineOptions.fields;

function documentOf(release: Release, locale: Locale): { id: string; title: string; text: string; date: string } {
  const version = release.versions[locale]!;
  return { id: documentId(locale, release.slug), title: version.title, text: [...version.subtitle, ...version.blocks.map((block) => block.text)].join('\n'), date: release.date };
}

/** The postings of each language of `release`. */
export function postingsOf(release: Release): DocumentPostings[] {
  return releaseLocales(release).map((locale) => {
    const document = documentOf(release, locale);
    const terms: Record<string, number[]> = {};
    const lengths = fields.map((field, fieldId) => {
      const tokens = indexTerms(field === 'title' ? document.title : document.text);
      for (const term of tokens) (terms[term] ??= fields.map(() => 0))[fieldId]! += 1;
      return new Set(tokens).size;
    });
    return { id: document.id, title: document.title, date: document.date, lengths, terms };
  });
}

/** MiniSearch's serialized index, put together from documents' postings in the order they are added (the first is short id 0). */
export class IndexAssembler {
  private readonly documentIds: Record<string, string> = {};
  private readonly fieldLength: Record<string, number[]> = {};
  private readonly storedFields: Record<string, Record<string, unknown>> = {};
  private readonly totals = fields.map(() => 0);
  private readonly postings = new Map<string, Record<number, Record<number, number>>>();
  private count = 0;

  add(document: DocumentPostings): void {
    const id = this.count++;
    this.documentIds[id] = document.id;
    this.fieldLength[id] = document.lengths;
    this.storedFields[id] = { title: document.title, date: document.date };
    document.lengths.forEach((length, fieldId) => (this.totals[fieldId]! += length));
    for (const [term, counts] of Object.entries(document.terms)) {
      let entry = this.postings.get(term);
      if (!entry) this.postings.set(term, (entry = {}));
      counts.forEach((frequency, fieldId) => {
        if (frequency) (entry[fieldId] ??= {})[id] = frequency;
      });
    }
  }

  index(): AsPlainObject {
    const count = this.count;
    return {
      documentCount: count,
      nextId: count,
      documentIds: this.documentIds,
      fieldIds: Object.fromEntries(fields.map((field, fieldId) => [field, fieldId])),
      fieldLength: this.fieldLength,
      averageFieldLength: this.totals.map((total) => (count ? total / count : 0)),
      storedFields: this.storedFields,
      dirtCount: 0,
      index: [...this.postings],
      serializationVersion: 2,
    } as AsPlainObject;
  }
}
