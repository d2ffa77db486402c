import { describe, expect, it } from 'vitest';
import { blockMarkdown, codeIds, fromInline, inlineBlock, normalize, toInline } from '@/lib/translation/inline';

// Inline formatting through XLIFF, piece by piece (the whole round trip is in xliff.test.ts).

describe('a block as a translation unit', () => {
  it('is translated with inline codes when it is a paragraph or a heading', () => {
    expect(inlineBlock('A *short* paragraph.')?.type).toBe('paragraph');
    expect(inlineBlock('## A heading')?.type).toBe('heading');
  });

  it('travels as its Markdown when it is a list, a quote or an image alone, whose words a code would hide', () => {
    expect(inlineBlock('- one\n- two')).toBeUndefined();
    expect(inlineBlock('> quoted')).toBeUndefined();
    expect(inlineBlock('![Alt text](images/photo.jpg "Caption")')).toBeUndefined();
    // An image inside a sentence is a placeholder in it.
    expect(inlineBlock('See ![icon](images/icon.png) here.')?.type).toBe('paragraph');
  });
});

describe('inline codes', () => {
  const paragraph = (source: string) => inlineBlock(source)!.children;

  it('number spans and placeholders from 1 in reading order, nested ones included, and say what each stands for', () => {
    const inline = toInline(paragraph('A **bold [link](https://example.com/) here** and `code`.'));
    expect(inline).toEqual([
      'A ',
      {
        code: 'pc',
        id: '1',
        type: 'fmt',
        subType: 'md:strong',
        contents: ['bold ', { code: 'pc', id: '2', type: 'link', subType: 'md:link', contents: ['link'] }, ' here'],
      },
      ' and ',
      { code: 'ph', id: '3', type: 'other', subType: 'md:inlineCode' },
      '.',
    ]);
    expect(codeIds(inline)).toEqual(['1', '2', '3']);
  });

  it('put each original node back around the translated words, the URL from the original', () => {
    const original = paragraph('A **bold [link](https://example.com/) here** and `code`.');
    const translated = fromInline(
      [
        '',
        {
          code: 'pc',
          id: '1',
          type: 'fmt',
          subType: 'md:strong',
          contents: ['굵은 ', { code: 'pc', id: '2', type: 'link', subType: 'md:link', contents: ['링크'] }, ' 표시'],
        },
        ' 그리고 ',
        { code: 'ph', id: '3', type: 'other', subType: 'md:inlineCode' },
        '.',
      ],
      original,
    );
    expect(blockMarkdown({ type: 'paragraph', children: translated })).toBe('**굵은 [링크](https://example.com/) 표시** 그리고 `code`.');
  });

  it('keep one shape for equal content: no empty strings, no two strings side by side, inside spans too', () => {
    expect(
      normalize(['a', '', 'b', { code: 'pc', id: '1', type: 'fmt', subType: 'md:emphasis', contents: ['c', '', 'd'] }, '', 'e']),
    ).toEqual(['ab', { code: 'pc', id: '1', type: 'fmt', subType: 'md:emphasis', contents: ['cd'] }, 'e']);
  });

  it('write lists as the press team does, with hyphens', () => {
    expect(
      blockMarkdown({
        type: 'list',
        ordered: false,
        children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }] }],
      }),
    ).toBe('- one');
  });
});
