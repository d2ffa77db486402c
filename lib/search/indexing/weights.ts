/**
 * How a release ranks for a query: BM25+ per field (MiniSearch's parameters and formula), a title
 * match counting double, summed over the query's terms. The build computes each term's weight in
 * each document once; the browser only adds them up.
 */

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Per field, in the order of `DocumentPostings.lengths`: title, text. */
const FIELD_BOOSTS = [2, 1];
/** Weights are published as integers: tenths are finer than any difference a reader would see. */
const SCALE = 10;

/** What the weight of a term in a document depends on besides its counts: the index's numbers per field. */
export type FieldStatistics = { documentCount: number; averageLength: number[] };

/**
 * The weight of a term in a document, as a published integer (at least 1: a match always counts):
 * `counts` and `lengths` per field for the document, `matching` the documents holding the term per field.
 */
export function termWeight(
  counts: number[],
  lengths: number[],
  matching: number[],
  { documentCount, averageLength }: FieldStatistics,
): number {
  let weight = 0;
  counts.forEach((count, field) => {
    if (!count) return;
    const inverse = Math.log(1 + (documentCount - matching[field]! + 0.5) / (matching[field]! + 0.5));
    const norm = BM25.k * (1 - BM25.b + (BM25.b * lengths[field]!) / averageLength[field]!);
    weight += FIELD_BOOSTS[field]! * inverse * (BM25.d + (count * (BM25.k + 1)) / (count + norm));
  });
  return Math.max(1, Math.round(weight * SCALE));
}
