'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * The fragment of the current URL (`#p-7`, or ''), kept up to date as the reader follows anchors
 * and links: the router's navigation fires no hashchange, so a new path reads it again.
 */
export function useHash(): string {
  const [hash, setHash] = useState('');
  const pathname = usePathname();
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, [pathname]);
  return hash;
}
