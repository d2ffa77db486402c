import { describe, expect, it } from 'vitest';
import { renderBlocks } from '@/lib/content/markdown';
import { describeVersion } from '@/lib/content/release';

describe('describeVersion', () => {
  it('uses the summary as written', () => {
    expect(describeVersion({ summary: 'A short summary.', blocks: renderBlocks('A paragraph.') })).toBe('A short summary.');
  });

  it('falls back to the first paragraph, trimmed at a word boundary within 160 characters', () => {
    const paragraph = `${'word '.repeat(40)}end`;
    const description = describeVersion({ blocks: renderBlocks(`## Heading\n\n${paragraph}`) });
    expect(description).toBe(`${'word '.repeat(31).trimEnd()}…`);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it('keeps a short paragraph whole', () => {
    expect(describeVersion({ blocks: renderBlocks('짧은 문단입니다.') })).toBe('짧은 문단입니다.');
  });
});
