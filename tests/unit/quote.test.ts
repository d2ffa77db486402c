import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoted, quoteOf } from '@/lib/share/quote';
import { SLUG } from '../seed';

/** Paragraph `n` of the real release in a language, as its page shows it (Markdown without marks). */
function paragraph(locale: 'ko' | 'en', n: number): string {
  const body = readFileSync(path.resolve(`content/releases/${SLUG}/${locale}.md`), 'utf8').split(/^---$/m)[2]!;
  return body.trim().split(/\n\s*\n/)[n - 1]!;
}

describe('a paragraph copied as a quote', () => {
  it('nests the quotations a paragraph holds instead of doubling its opening and closing marks (¶8 and ¶11)', () => {
    for (const locale of ['en', 'ko'] as const) {
      for (const n of [8, 11]) {
        const quote = quoted(paragraph(locale, n));
        expect(quote, `${locale} ¶${n}`).not.toMatch(/““|””/);
        expect(quote.match(/[“”]/g), `${locale} ¶${n}`).toEqual(['“', '”']);
        expect(quote.startsWith('“') && quote.endsWith('”')).toBe(true);
      }
    }
    expect(quoted(paragraph('en', 11))).toMatch(/^“‘We have continued .*,’ said Yongki Lee, .* ‘We will join forces .*\.’”$/);
    expect(quoted(paragraph('ko', 8))).toMatch(/^“LG이노텍 관계자는 ‘협력사의 .*확대됐다’고 설명했다\. .*”$/);
  });

  it('wraps a paragraph without quotations once, and leaves one that is a single quotation as it is', () => {
    expect(quoted('Sales rose.')).toBe('“Sales rose.”');
    expect(quoted('“We will grow.”')).toBe('“We will grow.”');
  });

  it('carries the attribution, a permalink with a text fragment, and on a translation the original’s paragraph', () => {
    const source = {
      attribution: 'LG Innotek press release, September 21, 2022',
      permalink: 'https://x.test/en/releases/a',
      original: { label: 'Korean original', permalink: 'https://x.test/ko/releases/a' },
    };
    expect(quoteOf('In finance, LG Innotek operates a fund.', 4, source).split('\n')).toEqual([
      '“In finance, LG Innotek operates a fund.”',
      '— LG Innotek press release, September 21, 2022',
      'https://x.test/en/releases/a#p-4:~:text=In%20finance%2C%20LG%20Innotek',
      'Korean original: https://x.test/ko/releases/a#p-4',
    ]);
  });
});
