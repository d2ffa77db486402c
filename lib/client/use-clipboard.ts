'use client';

import { useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'copyFailed';

/**
 * Writes text to the clipboard and remembers how it went, for an aria-live confirmation, and how
 * many copies there have been: each is announced anew, the same words included (CopyStatusMessage).
 */
export function useClipboard() {
  const [result, setResult] = useState<{ status: CopyStatus; copies: number }>({ status: 'idle', copies: 0 });
  async function copy(text: () => Promise<string> | string) {
    let status: CopyStatus;
    try {
      await navigator.clipboard.writeText(await text());
      status = 'copied';
    } catch {
      status = 'copyFailed';
    }
    setResult(({ copies }) => ({ status, copies: copies + 1 }));
  }
  return { ...result, copy };
}
