import { describe, expect, it } from 'vitest';
import { CARDS_PER_TERM } from '@/lib/search/indexing/chunks';
import { IndexAssembler, postingsOf, type DocumentPostings } from '@/lib/search/indexing/postings';
import { termWeight } from '@/lib/search/indexing/weights';
import { releaseOf, versionOf } from './fixtures';

// What the index holds of a release: its terms, counted per field (title, text), and its filters.

const release = releaseOf(
  {
    ko: versionOf('ko', '스마트 공장', '협력사 공장', ['공장 소식']),
    en: versionOf('en', 'Smart factory', 'Factories grow\n\nsuppliers join', ['A subtitle']),
  },
  { slug: 'factory', tags: ['news', 'partners'] },
);

describe('the postings of a release', () => {
  const [ko, en] = postingsOf(release);

  it('are one document per language, with its title and date', () => {
    expect([ko, en].map((document) => [document!.locale, document!.slug, document!.title, document!.date])).toEqual([
      ['ko', 'factory', '스마트 공장', release.date],
      ['en', 'factory', 'Smart factory', release.date],
    ]);
  });

  it('count each term in the title and in the text (subtitle and blocks, each a block of its own)', () => {
    expect(en!.terms.factori).toEqual([1, 1]);
    expect(en!.terms.smart).toEqual([1, 0]);
    expect(en!.terms.subtitl).toEqual([0, 1]);
    expect(en!.terms.supplier).toEqual([0, 1]);
    // Blocks are not run together: the last word of one and the first of the next stay two words.
    expect(en!.terms.growsuppli).toBeUndefined();
    expect(ko!.terms['공장']).toEqual([1, 2]);
    expect(en!.lengths).toEqual([2, 6]);
  });

  it('answer to the year and each topic, counted in no field', () => {
    for (const document of [ko!, en!]) {
      expect(document.terms['#year:2024']).toEqual([0, 0]);
      expect(document.terms['#tag:news']).toEqual([0, 0]);
      expect(document.terms['#tag:partners']).toEqual([0, 0]);
    }
  });
});

describe('the index put together from postings', () => {
  const document = (release: number, terms: Record<string, number[]>, lengths = [1, 4]): DocumentPostings => ({
    locale: 'ko',
    slug: `r${release}`,
    title: `제목 ${release}`,
    date: '2024-01-01',
    lengths,
    terms,
  });

  it('has no release for no postings', () => {
    const assembler = new IndexAssembler();
    assembler.add([]);
    expect(assembler.files().head.releaseCount).toBe(0);
  });

  it('weighs a term by the documents holding it in each field', () => {
    const assembler = new IndexAssembler();
    assembler.add([document(0, { 성장: [1, 0] })]);
    assembler.add([document(1, { 성장: [0, 1] })]);
    assembler.add([document(2, { 기타: [0, 1] })]);
    const [entry] = assembler
      .files()
      .chunks.flatMap((chunk) => chunk.terms)
      .filter(([term]) => term === '성장');
    const statistics = { documentCount: 3, averageLength: [1, 4] };
    // One document has it in its title, one in its text.
    expect(entry![2]).toEqual([termWeight([1, 0], [1, 4], [1, 1], statistics), termWeight([0, 1], [1, 4], [1, 1], statistics)]);
  });

  it("sends the cards of a term's best documents, the newest among equals", () => {
    const assembler = new IndexAssembler();
    for (let release = 0; release < CARDS_PER_TERM + 5; release++) assembler.add([document(release, { 성장: [0, 1] })]);
    const [chunk] = assembler.files().chunks;
    expect(Object.keys(chunk!.releases).map(Number)).toEqual(Array.from({ length: CARDS_PER_TERM }, (_, release) => release));
  });

  it('lists its terms sorted, which the head looks them up by', () => {
    const assembler = new IndexAssembler();
    assembler.add([document(0, { 하나: [0, 1], 가나: [0, 1], zeta: [1, 0], alpha: [1, 0] })]);
    expect(assembler.files().chunks[0]!.terms.map(([term]) => term)).toEqual(['alpha', 'zeta', '가나', '하나']);
  });
});
