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

/** Calls `then` once no part of the page says it is still loading its content (`aria-busy`). */
function whenSettled(then: () => void): () => void {
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  if (!busy()) {
    then();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (busy()) return;
    observer.disconnect();
    then();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  return () => observer.disconnect();
}

/**
 * On the first page of a visit, Pretendard is asked for only once the page has loaded, its
 * content is on screen (search results come after `load`) and the browser is idle: on slow 4G,
 * 540 KB of font beside the content cost the Korean pages a quarter of their Lighthouse score.
 * Then it swaps in, and later pages have it at once.
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
    let stop = () => undefined as void;
    const loaded = () => {
      stop = whenSettled(idle);
    };
    if (document.readyState === 'complete') loaded();
    else window.addEventListener('load', loaded, { once: true });
    return () => {
      window.removeEventListener('load', loaded);
      stop();
    };
  }, []);
  return null;
}
