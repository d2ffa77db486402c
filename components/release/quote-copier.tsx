'use client';

import { useEffect, useState } from 'react';
import { blockAnchor, blockIndex } from '@/lib/content/anchor';
import { paragraphLink, quoteOf, type QuoteSource } from '@/lib/share/quote';
import { CopyStatusMessage } from '@/components/share/copy-status-message';

/** Where paragraphs show their quote actions only once tapped: screens without a mouse, or narrow ones. */
const TOUCH_LAYOUT = 'not ((hover: hover) and (min-width: 64rem))';

/**
 * One listener for every paragraph's quote and link buttons (server-rendered, `data-quote="N"`,
 * `data-paragraph-link="N"`): the page ships one small component, not one per paragraph. The
 * buttons show once this has run. On a phone no paragraph shows them until it is tapped (the
 * tapped one does, and only it); from the keyboard each button shows when it has focus. What
 * it says once it has copied is each button's own `data-confirmation`, in the page's language,
 * as the server wrote its label: the browser formats no message, and loads no i18n library.
 */
export function QuoteCopier({ source, copyFailed }: { source: QuoteSource; copyFailed: string }) {
  const [status, setStatus] = useState({ text: '', copies: 0 });
  useEffect(() => {
    document.documentElement.dataset.quotes = 'ready';
    const say = (text: string) => setStatus(({ copies }) => ({ text, copies: copies + 1 }));
    async function write(button: HTMLButtonElement, text: string) {
      try {
        await navigator.clipboard.writeText(text);
        say(button.dataset.confirmation ?? '');
        button.dataset.copied = 'true';
        setTimeout(() => delete button.dataset.copied, 2000);
      } catch {
        say(copyFailed);
      }
    }
    function activate(target: Element) {
      const block = target.closest<HTMLElement>('.release-block');
      if (!block || target.closest('a, button') || !window.matchMedia(TOUCH_LAYOUT).matches) return;
      const wasActive = block.dataset.active === 'true';
      document.querySelectorAll<HTMLElement>('.release-block[data-active]').forEach((other) => delete other.dataset.active);
      if (!wasActive) block.dataset.active = 'true';
    }
    async function click(event: MouseEvent) {
      const target = event.target as Element | null;
      if (!target) return;
      const button = target.closest<HTMLButtonElement>('button[data-quote], button[data-paragraph-link]');
      if (!button) return activate(target);
      const n = Number(button.dataset.quote ?? button.dataset.paragraphLink);
      const text = document
        .getElementById(blockAnchor(blockIndex(n)))
        ?.querySelector('.block-text')
        ?.textContent?.trim();
      if (!text) return;
      await write(button, button.dataset.quote ? quoteOf(text, n, source) : paragraphLink(source.permalink, n, text));
    }
    document.addEventListener('click', click);
    return () => document.removeEventListener('click', click);
  }, [source, copyFailed]);
  return (
    <CopyStatusMessage copies={status.copies} className="sr-only">
      {status.text}
    </CopyStatusMessage>
  );
}
