import { describe, expect, it } from 'vitest';
import { blockVersion, freshnessOf, recordOf } from '@/lib/content/freshness';
import type { Block } from '@/lib/content/markdown';

const block = (markdown: string): Block => ({ kind: 'paragraph', html: `<p>${markdown}</p>`, text: markdown.trim(), markdown });
const original = [block('첫 문단입니다.'), block('둘째 문단입니다.'), block('셋째 문단입니다.')];

describe("a block's version", () => {
  it('is eight hex digits of its Markdown, the same however it is spaced around, another for other words', () => {
    expect(blockVersion(original[0]!)).toMatch(/^[0-9a-f]{8}$/);
    expect(blockVersion(block('\n  첫 문단입니다.  \n'))).toBe(blockVersion(original[0]!));
    expect(blockVersion(original[1]!)).not.toBe(blockVersion(original[0]!));
  });
});

describe("a translation's freshness", () => {
  it('without a record, knows no block', () => {
    expect(freshnessOf(original, undefined)).toEqual({ recorded: false, stale: [], unrecorded: [0, 1, 2] });
  });

  it('with the record made now, finds every block up to date', () => {
    const record = recordOf(original);
    expect(Object.keys(record)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(record['p-2']).toEqual({ hash: blockVersion(original[1]!), source: '둘째 문단입니다.' });
    expect(freshnessOf(original, record)).toEqual({ recorded: true, stale: [], unrecorded: [] });
  });

  it('names each changed block with its original then and now, and each block the record does not know', () => {
    const record = recordOf(original);
    const now = [original[0]!, block('둘째 문단을 고쳤습니다.'), original[2]!, block('새 문단입니다.')];
    expect(freshnessOf(now, record)).toEqual({
      recorded: true,
      stale: [{ index: 1, was: '둘째 문단입니다.', now: '둘째 문단을 고쳤습니다.' }],
      unrecorded: [3],
    });
  });
});
