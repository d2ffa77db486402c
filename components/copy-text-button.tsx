'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';

type Status = 'idle' | 'copied' | 'copyFailed';

/** Copies the release's plain text (the .txt download, fetched on demand so the page stays small). */
export function CopyTextButton({ source }: { source: string }) {
  const t = useTranslations('Downloads');
  const [status, setStatus] = useState<Status>('idle');

  async function copy() {
    try {
      const response = await fetch(source);
      if (!response.ok) throw new Error(response.statusText);
      // Drop the byte-order mark and Windows line ends the file carries for Notepad.
      const text = (await response.text()).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="rounded border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-800 hover:border-stone-500 hover:bg-stone-50"
      >
        {t('copy')}
      </button>
      <p role="status" className="text-sm text-stone-700">
        {status === 'idle' ? '' : t(status)}
      </p>
    </>
  );
}
