import { describe, expect, it } from 'vitest';
import { completionFactor, completionPrefix } from '@/lib/search/browser/completion';
import { termWeight } from '@/lib/search/indexing/weights';
import { filterTerms, indexTerms, numberTerm, queryTerms, runsOf } from '@/lib/search/terms';

// The arithmetic and the cutting of text that ranking and matching rest on, value by value (the
// end-to-end searches are in search.test.ts).

describe("a term's weight in a release (BM25+, MiniSearch's parameters)", () => {
  const statistics = { documentCount: 100, averageLength: [5, 100] };
  // Counts and lengths per field (title, text); `matching`: how many releases hold the term, per field.
  const weight = (counts: number[], lengths = [5, 100], matching = [1, 10]) => termWeight(counts, lengths, matching, statistics);

  it('is the formula’s value in tenths, rounded', () => {
    expect(weight([1, 0])).toBe(126);
    expect(weight([0, 1])).toBe(34);
    expect(weight([1, 1])).toBe(160);
  });

  it('counts a match in the title double, grows with the count and shrinks as the term or the text grows common or long', () => {
    expect(weight([0, 3])).toBe(47);
    expect(weight([0, 1], [5, 100], [1, 90])).toBe(2);
    expect(weight([0, 1], [5, 50])).toBe(39);
  });

  it('is at least 1 for a term every release holds: a match always counts', () => {
    expect(weight([0, 1], [5, 100], [100, 100])).toBe(1);
  });
});

describe('a word the reader may still be typing', () => {
  it('is one Korean syllable or two Latin letters or more', () => {
    const prefixes = ['성', 'a', 'ab', '1', '12'].map((query) => completionPrefix(query, queryTerms(query).at(-1)!));
    expect(prefixes).toEqual(['성', undefined, 'ab', undefined, '12']);
  });

  it('grows from the letters typed, not the stem', () => {
    expect(completionPrefix('Companies', 'compani')).toBe('companies');
    expect(completionPrefix('suppl', 'suppl')).toBe('suppl');
  });

  it('counts its completions less the more they add: all of itself, a quarter for "sup" in "supplier"', () => {
    expect(completionFactor('supplier', 'supplier')).toBe(1);
    expect(completionFactor('sup', 'supplier')).toBeCloseTo(0.25);
    expect(completionFactor('sup', 'supply')).toBeGreaterThan(completionFactor('sup', 'supplier'));
  });
});

describe('the runs of a text', () => {
  it('are Hangul, other letters and numbers, each where it starts; a lone jamo is no run', () => {
    expect(runsOf('LG이노텍은 1,030억 원, 3.5배')).toEqual([
      { text: 'LG', index: 0, script: 'latin' },
      { text: '이노텍은', index: 2, script: 'hangul' },
      { text: '1,030', index: 7, script: 'number' },
      { text: '억', index: 12, script: 'hangul' },
      { text: '원', index: 14, script: 'hangul' },
      { text: '3.5', index: 17, script: 'number' },
      { text: '배', index: 20, script: 'hangul' },
    ]);
    expect(runsOf('동반ㅅ')).toEqual([{ text: '동반', index: 0, script: 'hangul' }]);
  });

  it('give terms: Korean in two-syllable pieces, words stemmed and lowercased, numbers without separators', () => {
    expect(queryTerms('동반성장 Suppliers 1,000')).toEqual(['동반', '반성', '성장', 'supplier', '1000']);
    expect(numberTerm('3.5')).toBe('3.5');
    expect(queryTerms('성')).toEqual(['성']);
  });

  it('bridge two Korean runs only across spaces, and two longer words only in the indexed text', () => {
    expect(indexTerms('스마트 공장')).toEqual(['스마', '마트', '트공', '공장']);
    expect(indexTerms('스마트, 공장')).toEqual(['스마', '마트', '공장']);
    expect(indexTerms('스마트 factory')).toEqual(['스마', '마트', 'factori']);
    expect(queryTerms('스마트 공장')).toEqual(['스마', '마트', '공장']);
  });

  it('read a one-syllable query word beside another Korean word as the piece across the space, as the index has it', () => {
    // "전 세계" and "전세계", "협력 사" and "협력사" are written both ways: each finds the other.
    expect(queryTerms('전 세계')).toEqual(['전세', '세계']);
    expect(queryTerms('협력 사')).toEqual(['협력', '력사']);
    for (const text of ['전세계 고객', '전 세계 고객']) expect(indexTerms(text)).toEqual(expect.arrayContaining(queryTerms('전 세계')));
    // Alone, or beside no Korean word, a syllable is itself.
    expect([queryTerms('성'), queryTerms('LG 전'), queryTerms('전, 세계')]).toEqual([['성'], ['lg', '전'], ['전', '세계']]);
  });

  it('part figures a comma lists ("1,2차": first and second), and keep a thousands separator whole', () => {
    expect(runsOf('1,2차 협력사, 1,030억, 12,5').map((run) => run.text)).toEqual(['1', '2', '차', '협력사', '1,030', '억', '12', '5']);
    expect(queryTerms('2차 협력사').every((term) => indexTerms('회사는 1,2차 협력사에 지원한다.').includes(term))).toBe(true);
    expect(queryTerms('12')).not.toEqual(expect.arrayContaining(indexTerms('1,2차')));
  });

  it('read a possessive as its word, and a query typed in full-width letters or digits as the plain ones', () => {
    expect(queryTerms("supplier's LG Innotek’s")).toEqual(['supplier', 'lg', 'innotek']);
    expect(indexTerms('its suppliers')).toEqual(expect.arrayContaining(queryTerms("supplier's")));
    expect(queryTerms('ＬＧ １，０３０')).toEqual(queryTerms('LG 1,030'));
  });

  it('read decomposed Hangul (NFD) as the composed text it stands for, in the text and in the query', () => {
    const text = '동반성장 스마트 공장';
    expect(indexTerms(text.normalize('NFD'))).toEqual(indexTerms(text));
    expect(queryTerms(text.normalize('NFD'))).toEqual(queryTerms(text));
  });
});

describe('filters as terms', () => {
  it('are one term each, which no word of a text turns into', () => {
    expect(filterTerms({})).toEqual([]);
    expect(filterTerms({ year: 2023, tag: 'partners' })).toEqual(['#year:2023', '#tag:partners']);
    expect(filterTerms({ tag: 'news' })).toEqual(['#tag:news']);
    expect(indexTerms('#year:2023 #tag:news')).not.toContain('#year:2023');
  });
});
