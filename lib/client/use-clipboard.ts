'use client';

import { useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'copyFailed';

/** Writes text to the clipboard and remembers how it went, for an aria-live confirmation. */
export function useClipboard() {
  const [status, setStatus] = useState<CopyStatus>('idle');
  async function copy(text: () => Promise<string> | string) {
    try {
      await navigator.clipboard.writeText(await text());
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  }
  return { status, copy };
}
