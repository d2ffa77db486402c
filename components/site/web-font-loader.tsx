'use client';

import { useEffect } from 'react';

/** Set on <html> when Pretendard may set the text; remembered for the visit. */
const WEB_FONT_CLASS = 'web-font';
const REMEMBERED = 'web-font';

/**
 * Every page after the first of a visit sets its text in Pretendard from its first paint: the
 * slices' faces are in the site's stylesheet (known before the first paint),
 * the slices the last page used are in the browser's cache, and this puts the class on before
 * the rest of the body is parsed. It stands first in the body, not in the head: a script in the head
 * waits there for the site's stylesheet, and until the parser reaches the body Chrome holds back
 * all but one of the page's scripts (650 ms later on slow 4G). A constant script: it holds
 * nothing from content.
 */
export const webFontEarly =
  `try{if(sessionStorage.getItem('${REMEMBERED}'))` + `document.documentElement.classList.add('${WEB_FONT_CLASS}')}catch(e){}`;

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

/** The code point ranges of a face's `unicode-range` (`U+AC00-AFC8, U+20`). */
const rangesOf = (face: FontFace) =>
  face.unicodeRange.split(',').map((part) => {
    const [from, to = from] = part.trim().slice(2).split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)] as const;
  });

/** The index of the first of the ascending `values` that is at least `value` (their length if none is). */
function firstAtLeast(values: number[], value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The faces of `family` the browser will set `text` in: for each character, the last face defined
 * whose range holds it (CSS Fonts 4: overlapping ranges are tried in reverse order), so this
 * newsroom's own slices win over the KS X 1001 ones that also hold their syllables. Each range
 * looks up the text's sorted code points, not each character every range: a Korean page holds some
 * 500 characters and the slices thousands of ranges, and the scan of each by each blocked a phone
 * for 60 ms.
 */
function facesFor(family: string, text: string): FontFace[] {
  const codepoints = [...new Set(text)].map((character) => character.codePointAt(0)!).sort((a, b) => a - b);
  const faceOf: FontFace[] = [];
  // The set iterates its faces in the order the stylesheet defines them: a later one overwrites.
  for (const face of document.fonts) {
    if (face.family.replace(/"/g, '') !== family) continue;
    for (const [from, to] of rangesOf(face)) {
      for (let index = firstAtLeast(codepoints, from); index < codepoints.length && codepoints[index]! <= to; index++) {
        faceOf[index] = face;
      }
    }
  }
  return [...new Set(faceOf.filter(Boolean))];
}

/**
 * The text on screen, Korean apart from the rest (by the nearest `lang`): each text node whose
 * element is rendered (no script, nothing hidden), and what form fields show.
 */
function shownText(): { korean: string; other: string } {
  const text = { korean: '', other: '' };
  const add = (element: Element, words: string) => {
    if (element.closest('[lang]')?.getAttribute('lang') === 'ko') text.korean += words;
    else text.other += words;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (element?.checkVisibility()) add(element, (node as Text).data);
  }
  for (const input of document.querySelectorAll('input')) add(input, input.value || input.placeholder);
  return text;
}

/**
 * Loads every slice the text on screen will take once the class puts the faces to use
 * (lib/web-font): Korean text takes Pretendard, its Latin and digits included; other text only
 * its Hangul slices. Rejects where the browser lacks what it reads the page with.
 */
async function loadSlices(): Promise<unknown> {
  const { korean, other } = shownText();
  const faces = [...facesFor('Pretendard', korean), ...facesFor('Pretendard Hangul', other)];
  return Promise.allSettled(faces.map((face) => face.load()));
}

/**
 * On the first page of a visit, Pretendard's slices are asked for only once the page has loaded,
 * its content is on screen (search results come after `load`) and the browser is idle: on slow
 * 4G, 540 KB of font beside the content cost the Korean pages a quarter of their Lighthouse score.
 * Then the slices the page's characters fall in, and only then the class: it swaps in once, every
 * slice at hand, so lines re-wrap and the page lays out once, not once per slice as each arrives
 * (three layouts of 70–190 ms each on a throttled phone). Later pages have it at once
 * (`webFontEarly`).
 */
export function WebFontLoader() {
  useEffect(() => {
    const root = document.documentElement;
    if (root.classList.contains(WEB_FONT_CLASS)) return;
    const enable = () => {
      // Without its slices at hand (a browser without what loadSlices reads), as before: each slice swaps in as it comes.
      const useFace = () => root.classList.add(WEB_FONT_CLASS);
      void loadSlices().then(useFace, useFace);
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
