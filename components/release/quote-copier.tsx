'use client';

import { useEffect, useState } from 'react';
import { blockAnchor } from '@/lib/content/anchor';
import { paragraphLink, quoteOf, type QuoteSource } from '@/lib/share/quote';

/** What the status line says; `{n}` is the paragraph's number. */
type QuoteLabels = { copied: string; linkCopied: string; copyFailed: string };

/** Where paragraphs show their quote actions only once tapped: screens without a mouse, or narrow ones. */
const TOUCH_LAYOUT = 'not ((hover: hover) and (min-width: 64rem))';

/**
 * One listener for every paragraph's quote and link buttons (server-rendered, `data-quote="N"`,
 * `data-paragraph-link="N"`): the page ships one small component, not one per paragraph. The
 * buttons show once this has run. On a phone no paragraph shows them until it is tapped (the
 * tapped one does, and only it); from the keyboard each button shows when it has focus.
 */
export function QuoteCopier({ source }: { source: QuoteSource & { labels: QuoteLabels } }) {
  const [status, setStatus] = useState('');
  useEffect(() => {
    document.documentElement.dataset.quotes = 'ready';
    async function write(button: HTMLButtonElement, text: string, done: string) {
      try {
        await navigator.clipboard.writeText(text);
        setStatus(done);
        button.dataset.copied = 'true';
        setTimeout(() => delete button.dataset.copied, 2000);
      } catch {
        setStatus(source.labels.copyFailed);
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
        .getElementById(blockAnchor(n - 1))
        ?.querySelector('.block-text')
        ?.textContent?.trim();
      if (!text) return;
      if (button.dataset.quote) await write(button, quoteOf(text, n, source), source.labels.copied.replace('{n}', String(n)));
      else await write(button, paragraphLink(source.permalink, n, text), source.labels.linkCopied.replace('{n}', String(n)));
    }
    document.addEventListener('click', click);
    return () => document.removeEventListener('click', click);
  }, [source]);
  return (
    <p role="status" className="sr-only">
      {status}
    </p>
  );
}
