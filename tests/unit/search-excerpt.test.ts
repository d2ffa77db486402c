import { describe, expect, it } from 'vitest';
import { bestBlock, excerptOf, highlight, type Segment } from '@/lib/search/browser/excerpt';

// Excerpts and highlights as the search page shows them under each result (lib/search/browser/excerpt.ts).

const matched = (segments: Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);
const joined = (segments: Segment[]) => segments.map((segment) => segment.text).join('');

describe('highlight', () => {
  it('matches Korean across the spaces between its syllables, and a figure with or without its separators', () => {
    expect(highlight('스마트 공장 구축', '스마트공장')).toEqual([
      { text: '스마트 공장', match: true },
      { text: ' 구축', match: false },
    ]);
    expect(matched(highlight('매출 1,030억 원, 1030건', '1030'))).toEqual(['1,030', '1030']);
    expect(matched(highlight('매출 1,030억 원', '1,030'))).toEqual(['1,030']);
    // A figure is not Korean: spaces do not join its digits.
    expect(matched(highlight('10 30', '1030'))).toEqual([]);
  });

  it('marks a match at the very start or end without empty pieces beside it, and overlapping matches once', () => {
    expect(highlight('동반성장', '동반')).toEqual([
      { text: '동반', match: true },
      { text: '성장', match: false },
    ]);
    expect(highlight('동반성장', '성장')).toEqual([
      { text: '동반', match: false },
      { text: '성장', match: true },
    ]);
    expect(highlight('동반성장', '동반성장 성장')).toEqual([{ text: '동반성장', match: true }]);
  });

  it('marks matches in the order of the text, whatever the order of the query', () => {
    expect(highlight('LG 동반성장', '동반 lg')).toEqual([
      { text: 'LG', match: true },
      { text: ' ', match: false },
      { text: '동반', match: true },
      { text: '성장', match: false },
    ]);
  });

  it('finds English by stem, and the word being typed (two letters or more, any case) by its start', () => {
    expect(matched(highlight('Suppliers supply growth', 'supplier'))).toEqual(['Suppliers']);
    expect(matched(highlight('Growth and goods', 'GRO'))).toEqual(['Growth']);
    expect(matched(highlight('growth and goods', 'gr'))).toEqual(['growth']);
    expect(matched(highlight('growth and goods', 'g'))).toEqual([]);
    // Only the last word is being typed: an earlier one matches whole.
    expect(matched(highlight('supply growth', 'sup growth'))).toEqual(['growth']);
    expect(matched(highlight('supply growth', 'growth 동반 sup'))).toEqual(['supply', 'growth']);
    // The last word Korean: no English word is being typed.
    expect(matched(highlight('supply growth', 'sup 동반'))).toEqual([]);
  });

  it('marks a figure only where it stands whole, never the digits of another', () => {
    expect(matched(highlight('매출은 1,030억 원, 2030년 목표, 30건', '30'))).toEqual(['30']);
    expect(matched(highlight('2025년 5G 모듈, 3.5배', '5G'))).toEqual(['5', 'G']);
    expect(matched(highlight('3.5배, 35배', '3.5'))).toEqual(['3.5']);
    // Figures a comma lists are each whole, as the index reads them.
    expect(matched(highlight('170여개 1,2,3차 협력사, 1,030억', '2차'))).toEqual(['2', '차']);
  });

  it('marks text stored decomposed (NFD) as the composed text it shows, and a full-width query', () => {
    const segments = highlight('반도체 협력사와 함께 LG 디스플레이'.normalize('NFD'), 'LG 협력사');
    expect(matched(segments)).toEqual(['협력사', 'LG']);
    expect(joined(segments)).toBe('반도체 협력사와 함께 LG 디스플레이');
    expect(matched(highlight('LG Innotek', 'ＬＧ'))).toEqual(['LG']);
  });

  it('leaves text unmarked for a query of no words', () => {
    expect(highlight('supply growth', '!!! ·')).toEqual([{ text: 'supply growth', match: false }]);
  });
});

describe('bestBlock', () => {
  it('is the block holding most of the query, the first of equals, and none when nothing matches', () => {
    expect(bestBlock(['협력사', '동반성장 협력사', '동반성장'], '동반성장 협력')).toBe(1);
    expect(bestBlock(['협력사 지원', '협력사 지원'], '협력')).toBe(0);
    expect(bestBlock(['growth', 'supply'], '동반')).toBeUndefined();
    expect(bestBlock([], '동반')).toBeUndefined();
  });

  it('counts the last word by its start, an earlier one only whole', () => {
    expect(bestBlock(['growth', 'suppliers'], 'supp')).toBe(1);
    expect(bestBlock(['suppliers growth'], 'supp')).toBe(0);
    expect(bestBlock(['suppliers', 'growth'], 'supp growth')).toBe(1);
  });

  it('counts the last word by the letters typed, as the search does: not by its stem, not a lone letter', () => {
    // "companies" stems to compani, which "companions" begins.
    expect(bestBlock(['Our companions.', 'Our companies.'], 'companies')).toBe(1);
    expect(bestBlock(['Our companions.', 'Our companies.'], 'compan')).toBe(0);
    expect(bestBlock(['An apple.', 'Plan a or b.'], 'a')).toBe(1);
  });
});

describe('excerptOf', () => {
  it('keeps a text of up to 200 characters whole, spaces and all', () => {
    expect(excerptOf(' 성장 ', '성장')).toEqual([
      { text: ' ', match: false },
      { text: '성장', match: true },
      { text: ' ', match: false },
    ]);
    const exactly = `성장${'가'.repeat(198)}`;
    expect(joined(excerptOf(exactly, '성장'))).toBe(exactly);
  });

  it('opens a long text at its start when the match is near it, with no ellipsis before', () => {
    const text = `LG 성장 ${'가'.repeat(300)}`;
    const excerpt = joined(excerptOf(text, '성장'));
    expect(excerpt).toBe(`${text.slice(0, 200)}…`);
  });

  it('ends at the end of a long text when the match is near it, with no ellipsis after', () => {
    const text = `${'가'.repeat(300)}성장`;
    const excerpt = excerptOf(text, '성장');
    expect(joined(excerpt)).toBe(`…${text.slice(-200)}`);
    expect(matched(excerpt)).toEqual(['성장']);
  });

  it('starts at a word, not inside one, about 50 characters before the match', () => {
    const text = `${'alpha '.repeat(60)}growth ${'omega '.repeat(60)}`;
    const excerpt = joined(excerptOf(text, 'growth'));
    expect(excerpt).toMatch(/^…alpha alpha /);
    expect(excerpt.indexOf('growth')).toBeGreaterThan(40);
    expect(excerpt.indexOf('growth')).toBeLessThan(55);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('trims the space a cut leaves before its ellipsis', () => {
    const text = `${'a'.repeat(199)} ${'가'.repeat(100)}`;
    expect(joined(excerptOf(text, 'growth'))).toBe(`${'a'.repeat(199)}…`);
  });

  it('never cuts a character in two: an emoji beside a cut, a syllable stored decomposed', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const at of [0, 1, 48, 49, 50, 51, 199, 200])
      for (const text of [`${'가'.repeat(at)}😀${'나'.repeat(300)}`, `${'😀'.repeat(60)}가렌즈를 ${'나'.repeat(300)}`]) {
        expect(joined(excerptOf(text, '렌즈')), `${at}`).not.toMatch(lone);
        expect(joined(excerptOf(text, '나나')), `${at}`).not.toMatch(lone);
      }
    const decomposed = `${'가'.repeat(199)}한 ${'나'.repeat(100)}`.normalize('NFD');
    expect(joined(excerptOf(decomposed, 'growth'))).toBe(`${'가'.repeat(199)}한…`);
  });

  it('shows the start of a long text that does not match', () => {
    const text = `${'가'.repeat(150)} ${'나'.repeat(150)}`;
    expect(joined(excerptOf(text, 'growth'))).toBe(`${text.slice(0, 200)}…`);
  });
});
