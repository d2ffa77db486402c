import localFont from 'next/font/local';

/**
 * Pretendard (OFL), the face Korean newsrooms set in, from its npm package, self-hosted. The
 * subset files hold the 2,350 Hangul syllables of KS X 1001 (about 270 KB each): two weights,
 * regular and bold. It sets Hangul only (unicode-range): English text keeps the system's face.
 * Not preloaded, and `optional`: a page whose font has not arrived within the first moment keeps
 * the system's Korean face rather than swapping (on slow 4G a swap cost the Korean pages a
 * quarter of their Lighthouse score); the font is then cached, and the next page has it.
 */
export const webFont = localFont({
  src: [
    { path: '../../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Regular.subset.woff2', weight: '400', style: 'normal' },
    { path: '../../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Bold.subset.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
  preload: false,
  variable: '--font-web',
  adjustFontFallback: false,
  // Hangul syllables and jamo, and the CJK punctuation Korean text uses.
  declarations: [{ prop: 'unicode-range', value: 'U+1100-11FF, U+3000-303F, U+3130-318F, U+AC00-D7A3' }],
});
