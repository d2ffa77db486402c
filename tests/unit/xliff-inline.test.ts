import { describe, expect, it } from 'vitest';
import { blockMarkdown, codesIn, fromInline, inlineBlock, normalize, toInline, type Inline } from '@/lib/translation/inline';

// Inline formatting through XLIFF, piece by piece (the whole round trip is in xliff.test.ts).

describe('a block as a translation unit', () => {
  it('is translated with inline codes when it is a paragraph or a heading', () => {
    expect(inlineBlock('A *short* paragraph.')?.type).toBe('paragraph');
    expect(inlineBlock('## A heading')?.type).toBe('heading');
    expect(inlineBlock('Plain words.')?.type).toBe('paragraph');
    // An image without alt text opening a sentence, or alone in a heading, is a placeholder in its text.
    expect(inlineBlock('![](images/icon.png) opens the sentence.')?.type).toBe('paragraph');
    expect(inlineBlock('## ![](images/logo.png)')?.type).toBe('heading');
  });

  it('is nothing for an empty block', () => {
    expect(inlineBlock('')).toBeUndefined();
  });

  it('travels as its Markdown when it is a list, a quote or an image alone, whose words a code would hide', () => {
    expect(inlineBlock('- one\n- two')).toBeUndefined();
    expect(inlineBlock('> quoted')).toBeUndefined();
    expect(inlineBlock('![Alt text](images/photo.jpg "Caption")')).toBeUndefined();
    // The page shows these as image blocks too: a no-break space beside the image is no text.
    expect(inlineBlock('![Alt text](images/photo.jpg "Caption")\u00a0')).toBeUndefined();
    expect(inlineBlock('\u00a0![Alt text](images/photo.jpg "Caption")')).toBeUndefined();
    // An image inside a sentence is a placeholder in it, unless it has words of its own.
    expect(inlineBlock('See ![](images/icon.png) here.')?.type).toBe('paragraph');
  });

  it('travels as its Markdown when a code would hide words a reader gets: alt text, a title', () => {
    expect(inlineBlock('See ![a red icon](images/icon.png) here.')).toBeUndefined();
    expect(inlineBlock('## ![The logo](images/logo.png)')).toBeUndefined();
    expect(inlineBlock('See [the page](https://example.com/ "The page in full").')).toBeUndefined();
    expect(inlineBlock('See ![](images/icon.png "An icon") here.')).toBeUndefined();
    // A reference-style link's title sits in its definition.
    expect(inlineBlock('See [the page][p].\n\n[p]: https://example.com/ "The page in full"')).toBeUndefined();
    expect(inlineBlock('See ![an icon][i] here.\n\n[i]: images/icon.png')).toBeUndefined();
    expect(inlineBlock('See [the page][p].\n\n[p]: https://example.com/')?.type).toBe('paragraph');
  });
});

describe('inline codes', () => {
  const paragraph = (source: string) => inlineBlock(source)!.children;

  // The codes of 'A **bold [link](…) here** and `code`.', around any words.
  const source = 'A **bold [link](https://example.com/) here** and `code`.';
  const strong = (...contents: Inline[]): Inline => ({ code: 'pc', id: '1', type: 'fmt', subType: 'md:strong', contents });
  const link = (...contents: Inline[]): Inline => ({ code: 'pc', id: '2', type: 'link', subType: 'md:link', contents });
  const code: Inline = { code: 'ph', id: '3', type: 'other', subType: 'md:inlineCode' };
  const idsOf = (items: Inline[]) => codesIn(items).map((item) => item.id);

  it('number spans and placeholders from 1 in reading order, nested ones included, and say what each stands for', () => {
    const inline = toInline(paragraph(source));
    expect(inline).toEqual(['A ', strong('bold ', link('link'), ' here'), ' and ', code, '.']);
    expect(idsOf(inline)).toEqual(['1', '2', '3']);
    // A placeholder first, a link by reference after it.
    expect(idsOf(toInline(paragraph('`a` then **b**.')))).toEqual(['1', '2']);
    expect(toInline(paragraph('See [the page][p].\n\n[p]: https://example.com/'))).toEqual([
      'See ',
      { code: 'pc', id: '1', type: 'link', subType: 'md:linkReference', contents: ['the page'] },
      '.',
    ]);
  });

  it('put each original node back around the translated words, the URL from the original', () => {
    const translated = fromInline(['', strong('굵은 ', link('링크'), ' 표시'), ' 그리고 ', code, '.'], paragraph(source));
    expect(blockMarkdown({ type: 'paragraph', children: translated })).toBe('**굵은 [링크](https://example.com/) 표시** 그리고 `code`.');
  });

  it('drop the spaces a translation tool leaves at either end of a unit, which Markdown would keep as &#x20;', () => {
    const translated = fromInline([' Para with ', strong('bold'), ' '], paragraph('**굵은** 문단.'));
    expect(blockMarkdown({ type: 'paragraph', children: translated })).toBe('Para with **bold**');
  });

  it('keep one shape for equal content: no empty strings, no two strings side by side, inside spans too', () => {
    expect(
      normalize(['a', '', 'b', { code: 'pc', id: '1', type: 'fmt', subType: 'md:emphasis', contents: ['c', '', 'd'] }, '', 'e']),
    ).toEqual(['ab', { code: 'pc', id: '1', type: 'fmt', subType: 'md:emphasis', contents: ['cd'] }, 'e']);
    expect(normalize([''])).toEqual([]);
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
