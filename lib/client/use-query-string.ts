'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

/** Dispatched by code that changes the query string with history.replaceState (which fires no event of its own). */
export const QUERY_CHANGE = 'querychange';

/**
 * The query string of the current URL (`?q=…`, or ''), kept up to date as the search page rewrites
 * it and the reader follows links (the router's navigation fires no popstate: a new path reads it again).
 */
export function useQueryString(): string {
  const [search, setSearch] = useState('');
  const pathname = usePathname();
  useEffect(() => {
    const update = () => setSearch(window.location.search);
    update();
    window.addEventListener(QUERY_CHANGE, update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener(QUERY_CHANGE, update);
      window.removeEventListener('popstate', update);
    };
  }, [pathname]);
  return search;
}
