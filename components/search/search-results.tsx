import { useTranslations } from 'next-intl';
import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import type { Excerpt } from '@/lib/search/browser';
import type { Hit } from '@/lib/search/format';
import { SearchResult, type ResultPlace } from './search-result';

type Props = {
  /** The count said back, or that the search is running or failed (a live region). */
  statusText: string;
  /** The search answered with nothing: what to try instead. */
  suggestion?: ReactNode;
  hits: Hit[];
  /** The words the results answer, to mark in each. */
  answeredQuery: string;
  /** The paragraphs that have arrived (`null`: one that could not be fetched). */
  excerpts: Record<string, Excerpt | null>;
  /** Until the results and their paragraphs are on screen. */
  busy: boolean;
  /** Shows the next page of results, when there is one. */
  showMore?: () => void;
  listed: ResultPlace;
  /** The status line, which takes the keyboard's focus when what had it goes (a topic picked before any search). */
  statusRef?: Ref<HTMLParagraphElement>;
};

/** What a search found: the count, then the results a page at a time, each with its best paragraph. */
export function SearchResults({ statusText, suggestion, hits, answeredQuery, excerpts, busy, showMore, listed, statusRef }: Props) {
  const t = useTranslations('Search');
  // After "more", the keyboard goes on from the first new result: the button may be gone.
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number>(undefined);
  useEffect(() => {
    if (focusFrom.current === undefined || hits.length <= focusFrom.current) return;
    list.current?.children[focusFrom.current]?.querySelector('a')?.focus();
    focusFrom.current = undefined;
  }, [hits.length]);
  return (
    <>
      <p ref={statusRef} role="status" tabIndex={-1} className="mt-2 font-medium text-stone-800">
        {statusText}
      </p>
      {suggestion && <p className="mt-2 text-stone-700">{suggestion}</p>}
      {/* Busy until the results and their paragraphs are on screen; the status says the count meanwhile. */}
      <div aria-busy={busy}>
        {hits.length > 0 && (
          <ol ref={list} className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
            {hits.map((hit) => (
              <SearchResult key={hit.slug} hit={hit} query={answeredQuery} excerpt={excerpts[hit.slug] ?? undefined} {...listed} />
            ))}
          </ol>
        )}
      </div>
      {showMore && (
        <button
          type="button"
          onClick={() => {
            focusFrom.current = hits.length;
            showMore();
          }}
          className="button mt-6"
        >
          {t('more')}
        </button>
      )}
    </>
  );
}
