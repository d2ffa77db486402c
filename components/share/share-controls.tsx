'use client';

import { useEffect, useState } from 'react';
import { useClipboard } from '@/lib/client/use-clipboard';
import { useHash } from '@/lib/client/use-hash';
import { CopyStatusMessage } from './copy-status-message';

/** Share targets that need no script of theirs: each takes the URL (and title) in its query. */
function shareLinks(url: string, title: string, emailLabel: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'X', href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: emailLabel, href: `mailto:?subject=${t}&body=${u}` },
  ];
}

/** The share controls' words, in the page's language (the `Share` messages). */
export type ShareLabels = Record<'share' | 'copyLink' | 'copied' | 'copyFailed' | 'email' | 'newWindow', string>;

/** Copy link, the system share sheet where the browser has one, and plain share links; a #p-N fragment is shared too. */
export function ShareControls({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const shared = url + useHash();
  const { status, copy } = useClipboard();
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  return (
    <div className="mt-3 space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        {canShare && (
          <button type="button" className="button" onClick={() => navigator.share({ title, url: shared }).catch(() => undefined)}>
            {labels.share}
          </button>
        )}
        <button type="button" className="button" onClick={() => copy(() => shared)}>
          {labels.copyLink}
        </button>
        <CopyStatusMessage>{status === 'idle' ? '' : labels[status]}</CopyStatusMessage>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {shareLinks(shared, title, labels.email).map((link) => (
          <li key={link.name}>
            <a href={link.href} target="_blank" rel="noopener noreferrer" className="text-sky-800 underline underline-offset-2">
              {link.name}
              <span className="sr-only"> {labels.newWindow}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
