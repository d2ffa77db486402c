import type { Locale } from 'next-intl';
import { releaseLocales, type Release } from '@/lib/content/release';
import { routing } from '@/lib/i18n/routing';
import { documentNumber, documentOf, type IndexHead, type ReleaseCard, type TermChunk, type TermEntry } from '../format';
import { CARDS_PER_TERM, chunkTerms, headOf, RELEASES_PER_FILE } from './chunks';
import { termWeight } from './weights';
import { yearOf } from '@/lib/content/listing';
import { filterTerms, indexTerms } from '../terms';

// The index is made from each release's postings: its terms and how often each occurs, per
// language and field. They are what tokenizing costs, so a build keeps them per release and
// puts the index together from them.

/** One document of the index (a release in one language). */
export type DocumentPostings = {
  locale: Locale;
  slug: string;
  title: string;
  date: string;
  /** Distinct terms per field (title, text). */
  lengths: number[];
  /** Each term with its count per field. */
  terms: Record<string, number[]>;
};

const FIELDS = 2;

function fieldsOf(release: Release, locale: Locale): [title: string, text: string] {
  const version = release.versions[locale]!;
  return [version.title, [...version.subtitle, ...version.blocks.map((block) => block.text)].join('\n')];
}

/** The postings of each language of `release`. */
export function postingsOf(release: Release): DocumentPostings[] {
  return releaseLocales(release).map((locale) => {
    const terms: Record<string, number[]> = {};
    const lengths = fieldsOf(release, locale).map((text, field) => {
      const tokens = indexTerms(text);
      for (const term of tokens) (terms[term] ??= Array<number>(FIELDS).fill(0))[field]! += 1;
      return new Set(tokens).size;
    });
    // The filters a release answers to, counted in no field: they weigh the least a match can (1) in every document alike.
    for (const term of filterTerms({ year: yearOf(release) }).concat(release.tags.flatMap((tag) => filterTerms({ tag }))))
      terms[term] = Array<number>(FIELDS).fill(0);
    return { locale, slug: release.slug, title: release.versions[locale]!.title, date: release.date, lengths, terms };
  });
}

/** The index's files: the head, the term chunks, and every release's card in files of `RELEASES_PER_FILE`. */
export type IndexFiles = { head: IndexHead; chunks: TermChunk[]; releases: ReleaseCard[][] };

/** A term's documents in the order they were added, with their counts per field. */
type Postings = { documents: number[]; counts: number[][] };

/** The index put together from releases' postings, added newest first (the first is release 0). */
export class IndexAssembler {
  private readonly cards: ReleaseCard[] = [];
  private readonly lengths = new Map<number, number[]>();
  private readonly totals = Array<number>(FIELDS).fill(0);
  private readonly postings = new Map<string, Postings>();

  add(documents: DocumentPostings[]): void {
    const release = this.cards.length;
    const [first] = documents;
    if (!first) return;
    this.cards.push({
      slug: first.slug,
      date: first.date,
      title: Object.fromEntries(documents.map((document) => [document.locale, document.title])),
    });
    for (const document of documents) {
      const number = documentNumber(release, document.locale, routing.locales);
      this.lengths.set(number, document.lengths);
      document.lengths.forEach((length, field) => (this.totals[field]! += length));
      for (const [term, counts] of Object.entries(document.terms)) {
        let entry = this.postings.get(term);
        if (!entry) this.postings.set(term, (entry = { documents: [], counts: [] }));
        entry.documents.push(number);
        entry.counts.push(counts);
      }
    }
  }

  files(): IndexFiles {
    const statistics = {
      documentCount: this.lengths.size,
      averageLength: this.totals.map((total) => total / Math.max(1, this.lengths.size)),
    };
    const terms = [...this.postings.keys()].sort();
    const entries = terms.map((term) => {
      const { documents, counts } = this.postings.get(term)!;
      const matching = Array.from({ length: FIELDS }, (_, field) => counts.filter((count) => count[field]).length);
      const weights = documents.map((document, index) => termWeight(counts[index]!, this.lengths.get(document)!, matching, statistics));
      const gaps = documents.map((document, index) => document - (documents[index - 1] ?? 0));
      // A stable sort of documents in the order added: the newest first among equals.
      const best = documents.map((document, index) => ({ document, weight: weights[index]! })).sort((a, b) => b.weight - a.weight);
      const cards: Record<number, ReleaseCard> = {};
      for (const { document } of best) {
        const { release } = documentOf(document, routing.locales);
        if (Object.keys(cards).length >= CARDS_PER_TERM) break;
        cards[release] = this.cards[release]!;
      }
      return { entry: [term, gaps, weights] as TermEntry, cards };
    });
    const chunks = chunkTerms(entries);
    const releases = Array.from({ length: Math.ceil(this.cards.length / RELEASES_PER_FILE) }, (_, file) =>
      this.cards.slice(file * RELEASES_PER_FILE, (file + 1) * RELEASES_PER_FILE),
    );
    return { head: headOf(chunks, this.cards.length), chunks, releases };
  }
}
