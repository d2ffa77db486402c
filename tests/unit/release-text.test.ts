import { describe, expect, it } from 'vitest';
import { emphasisRuns, renderBlocks, withDefinitions, withWholeLinks } from '@/lib/content/markdown';
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

describe("a block's text, as downloads, descriptions and search read it", () => {
  const text = (markdown: string) => renderBlocks(markdown).map((block) => block.text);

  it('reads a line break typed in a paragraph as the space the page shows, and a forced one as a new line', () => {
    expect(text('LG이노텍은 오늘 새 모듈을\n공개했다고 밝혔다.')).toEqual(['LG이노텍은 오늘 새 모듈을 공개했다고 밝혔다.']);
    expect(text('주소: 서울시 강서구  \n전화: 02-1234-5678')).toEqual(['주소: 서울시 강서구\n전화: 02-1234-5678']);
    expect(text('주소: 서울시 강서구\\\n전화: 02-1234-5678')).toEqual(['주소: 서울시 강서구\n전화: 02-1234-5678']);
  });

  it('puts each item, nested item and paragraph of a list or quote on a line of its own', () => {
    expect(text('- Parent item\n  - Child item\n- Second item\n  that goes on')).toEqual([
      'Parent item\nChild item\nSecond item that goes on',
    ]);
    expect(text('- First paragraph\n\n  Second paragraph')).toEqual(['First paragraph\nSecond paragraph']);
    expect(text('> one\n>\n> two')).toEqual(['one\ntwo']);
  });

  it('gives a list its items in reading order, nested ones after their parent, with their depth and, ordered, their number', () => {
    const [bullets, numbers] = renderBlocks('- Parent\n  1. Child\n  2. Other child\n- Second\n  goes on\n\n3. Three\n4. Four\n');
    expect(bullets!.items).toEqual([
      { text: 'Parent', depth: 0 },
      { text: 'Child', depth: 1, number: 1 },
      { text: 'Other child', depth: 1, number: 2 },
      { text: 'Second goes on', depth: 0 },
    ]);
    expect(numbers!.items).toEqual([
      { text: 'Three', depth: 0, number: 3 },
      { text: 'Four', depth: 0, number: 4 },
    ]);
    expect(renderBlocks('A paragraph.')[0]!.items).toBeUndefined();
    // What an item says after its nested list comes after it, as more of the item, unmarked.
    expect(renderBlocks('- 금융 지원\n  - 동반성장 펀드\n\n  위 프로그램은 2020년부터.\n- 기술 지원\n')[0]!.items).toEqual([
      { text: '금융 지원', depth: 0 },
      { text: '동반성장 펀드', depth: 1 },
      { text: '위 프로그램은 2020년부터.', depth: 0, continues: true },
      { text: '기술 지원', depth: 0 },
    ]);
  });

  it('leaves out inline HTML, which the page drops too, and keeps what it wraps', () => {
    expect(text('면적은 5 m<sup>2</sup>입니다.')).toEqual(['면적은 5 m2입니다.']);
  });
});

describe("a block's Markdown, standing alone", () => {
  it('carries the definitions its reference-style links use, and no others, so it still links', () => {
    const [paragraph, heading] = renderBlocks(
      'See [the site][lg] and ![logo][img].\n\n## Plain\n\n[lg]: https://example.com\n[img]: images/logo.png\n[x]: https://unused.example\n',
    );
    expect(paragraph?.definitions).toBe('[lg]: https://example.com\n[img]: images/logo.png');
    expect(withDefinitions(paragraph!)).toBe('See [the site][lg] and ![logo][img].\n\n[lg]: https://example.com\n[img]: images/logo.png');
    expect(withDefinitions(heading!)).toBe('## Plain');
  });
});

describe("a block's emphasis and links, as files set them", () => {
  it("sets a link's address apart from the emphasis around it", () => {
    const [block] = renderBlocks('**a [b](https://example.com/x) c** and *d*\n');
    expect(block!.text).toBe('a b c and d');
    expect(emphasisRuns(block!.linked!.text, block!.linked!.emphasis)).toEqual([
      { text: 'a b', strong: true, emphasis: false },
      { text: ' (https://example.com/x)', strong: false, emphasis: false },
      { text: ' c', strong: true, emphasis: false },
      { text: ' and ', strong: false, emphasis: false },
      { text: 'd', strong: false, emphasis: true },
    ]);
  });

  it('makes a relative link whole, but not a definition an image of the press kit uses too', () => {
    const page = 'https://news.example.com/ko/releases/sample';
    expect(withWholeLinks('The [photo][shot] is in the kit: ![the team][shot]\n\n[shot]: images/team.jpg', page)).toContain(
      '[shot]: images/team.jpg',
    );
    expect(withWholeLinks('See [above](#p-1) and [home][h].\n\n[h]: /ko', page)).toBe(
      'See [above](https://news.example.com/ko/releases/sample#p-1) and [home][h].\n\n[h]: https://news.example.com/ko',
    );
    const asWritten = 'See [the site](https://example.com).\n';
    expect(withWholeLinks(asWritten, page)).toBe(asWritten);
  });
});
