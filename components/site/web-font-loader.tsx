'use client';

import { useEffect } from 'react';

/** Set on <html> when Pretendard may set the text; remembered for the visit. */
export const WEB_FONT_CLASS = 'web-font';
const REMEMBERED = 'web-font';

/**
 * Before the first paint of every page after the first: the font is in the browser's cache,
 * so it sets the text from the start. A constant script: it holds nothing from content.
 */
export const webFontEarly = `try{if(sessionStorage.getItem('${REMEMBERED}'))document.documentElement.classList.add('${WEB_FONT_CLASS}')}catch(e){}`;

/**
 * On the first page of a visit, Pretendard is asked for only once the page has loaded and the
 * browser is idle: on slow 4G, 540 KB of font on the way to the first paint cost the Korean
 * pages a quarter of their Lighthouse score. Then it swaps in, and later pages have it at once.
 */
export function WebFontLoader() {
  useEffect(() => {
    const root = document.documentElement;
    if (root.classList.contains(WEB_FONT_CLASS)) return;
    const enable = () => {
      root.classList.add(WEB_FONT_CLASS);
      try {
        sessionStorage.setItem(REMEMBERED, '1');
      } catch {
        // Storage refused (private mode): each page loads the font after its own load.
      }
    };
    const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(enable) : window.setTimeout(enable, 200));
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  }, []);
  return null;
}
