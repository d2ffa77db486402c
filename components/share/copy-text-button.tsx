'use client';

import { useClipboard, type CopyStatus } from '@/lib/client/use-clipboard';
import { CopyStatusMessage } from './copy-status-message';

/** Copies the release's plain text (the .txt download, fetched on demand so the page stays small). */
export function CopyTextButton({
  source,
  labels,
}: {
  source: string;
  labels: { copy: string } & Record<Exclude<CopyStatus, 'idle'>, string>;
}) {
  const { status, copies, copy } = useClipboard();

  async function plainText() {
    const response = await fetch(source);
    if (!response.ok) throw new Error(response.statusText);
    // Drop the byte-order mark and Windows line ends the file carries for Notepad.
    return (await response.text()).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  }

  return (
    <>
      <button type="button" onClick={() => copy(plainText)} className="button">
        {labels.copy}
      </button>
      <CopyStatusMessage copies={copies}>{status === 'idle' ? '' : labels[status]}</CopyStatusMessage>
    </>
  );
}
