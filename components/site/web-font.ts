import localFont from 'next/font/local';

/**
 * Pretendard (OFL), the face Korean newsrooms set in, from its npm package, self-hosted. The
 * subset files hold the 2,350 Hangul syllables of KS X 1001 (about 270 KB each): two weights,
 * regular and bold. It sets Hangul only (unicode-range): English text keeps the system's face.
 * Not preloaded, and only in use once the page has loaded (WebFontLoader): never on the way to
 * the first paint.
 */
export const webFont = localFont({
  src: [
    { path: '../../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Regular.subset.woff2', weight: '400', style: 'normal' },
    { path: '../../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Bold.subset.woff2', weight: '700', style: 'normal' },
  ],
  display: 'swap',
  preload: false,
  variable: '--font-web',
  adjustFontFallback: false,
  // Hangul syllables and jamo, and the CJK punctuation Korean text uses.
  declarations: [{ prop: 'unicode-range', value: 'U+1100-11FF, U+3000-303F, U+3130-318F, U+AC00-D7A3' }],
});
