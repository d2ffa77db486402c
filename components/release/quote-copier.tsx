'use client';

import { useEffect, useState } from 'react';
import { blockAnchor } from '@/lib/content/anchor';

/** What a quote says besides the paragraph: the attribution line, and where the paragraph lives. */
export type QuoteSource = {
  /** "LG Innotek press release, September 21, 2022" */
  attribution: string;
  permalink: string;
  /** On a translation: the original's page and the label of its line. */
  original?: { label: string; permalink: string };
  labels: { copied: string; copyFailed: string };
};

/** A link to paragraph `n` that also asks the browser to highlight its first words (a text fragment). */
function paragraphLink(permalink: string, n: string, text: string): string {
  const opening = text.split(/\s+/).slice(0, 4).join(' ');
  return `${permalink}#${blockAnchor(Number(n) - 1)}:~:text=${encodeURIComponent(opening)}`;
}

/** The paragraph as a journalist pastes it: in quotes, attributed, with its permalink (and the original's). */
export function quoteOf(text: string, n: string, source: Omit<QuoteSource, 'labels'>): string {
  return [
    `“${text}”`,
    `— ${source.attribution}`,
    paragraphLink(source.permalink, n, text),
    ...(source.original ? [`${source.original.label}: ${source.original.permalink}#${blockAnchor(Number(n) - 1)}`] : []),
  ].join('\n');
}

/**
 * One listener for every paragraph's quote button (server-rendered, `data-quote="N"`): the page
 * ships one small component, not one per paragraph. The buttons show once this has run.
 */
export function QuoteCopier({ source }: { source: QuoteSource }) {
  const [status, setStatus] = useState('');
  useEffect(() => {
    document.documentElement.dataset.quotes = 'ready';
    async function copy(event: MouseEvent) {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-quote]');
      const n = button?.dataset.quote;
      const text = n && document.getElementById(blockAnchor(Number(n) - 1))?.querySelector('.block-text')?.textContent?.trim();
      if (!button || !n || !text) return;
      try {
        await navigator.clipboard.writeText(quoteOf(text, n, source));
        setStatus(source.labels.copied.replace('{n}', n));
        button.dataset.copied = 'true';
        setTimeout(() => delete button.dataset.copied, 2000);
      } catch {
        setStatus(source.labels.copyFailed);
      }
    }
    document.addEventListener('click', copy);
    return () => document.removeEventListener('click', copy);
  }, [source]);
  return (
    <p role="status" className="sr-only">
      {status}
    </p>
  );
}
