'use client';

import { useEffect, useState } from 'react';

/** The fragment of the current URL (`#p-7`, or ''), kept up to date as the reader follows anchors. */
export function useHash(): string {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}
