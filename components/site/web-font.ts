import localFont from 'next/font/local';

/**
 * Pretendard (OFL), the face Korean newsrooms set in, from its npm package, self-hosted. The
 * subset files hold Latin and the 2,350 Hangul syllables of KS X 1001 (about 270 KB each): two
 * weights, regular and bold. Not preloaded and swapped in when it arrives, so first paint never
 * waits for it; until then (and if it never comes) the system's Korean face sets the text.
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
});
