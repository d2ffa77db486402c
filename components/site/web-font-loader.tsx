'use client';

import { useEffect } from 'react';

/** Set on <html> when Pretendard may set the text; remembered for the visit. */
export const WEB_FONT_CLASS = 'web-font';
const REMEMBERED = 'web-font';
/** The attribute of <html> that names the stylesheet of Pretendard's slices (lib/web-font), set by PageShell. */
const WEB_FONT_STYLESHEET = 'data-web-font';

/**
 * Before the first paint of every page after the first: the stylesheet and the slices the last
 * page used are in the browser's cache, so the stylesheet holds the first paint back (`blocking`)
 * and the font sets the text from the start. A constant script: it holds nothing from content.
 */
export const webFontEarly = [
  `try{var d=document.documentElement,h=d.getAttribute('${WEB_FONT_STYLESHEET}');`,
  `if(h&&sessionStorage.getItem('${REMEMBERED}')){`,
  "var l=document.createElement('link');l.rel='stylesheet';l.href=h;l.setAttribute('blocking','render');",
  `document.head.appendChild(l);d.classList.add('${WEB_FONT_CLASS}')}`,
  '}catch(e){}',
].join('');

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
 * Then its stylesheet, then the slices the page's characters fall in; it swaps in, and later
 * pages have it at once.
 */
export function WebFontLoader() {
  useEffect(() => {
    const root = document.documentElement;
    const href = root.getAttribute(WEB_FONT_STYLESHEET);
    if (!href || root.classList.contains(WEB_FONT_CLASS)) return;
    const enable = () => {
      const stylesheet = document.createElement('link');
      stylesheet.rel = 'stylesheet';
      stylesheet.href = href;
      // The slices a page needs are asked for once the class puts the face to use.
      stylesheet.addEventListener('load', () => root.classList.add(WEB_FONT_CLASS), { once: true });
      document.head.append(stylesheet);
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
