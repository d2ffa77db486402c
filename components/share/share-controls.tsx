'use client';

import { useSyncExternalStore } from 'react';
import { useClipboard } from '@/lib/client/use-clipboard';
import { useHash } from '@/lib/client/use-hash';
import { blockIndexOf } from '@/lib/content/anchor';
import { CopyStatusMessage } from './copy-status-message';
import { ShareIcon, type ShareIconName } from './share-icons';

/** Whether the browser has a share sheet: known only in the browser (the server renders without it), and never changing. */
const hasShareSheet = () => typeof navigator.share === 'function';
const never = () => () => undefined;

/** Share targets that need no script of theirs: each takes the URL (and title) in its query. */
function shareLinks(
  url: string,
  title: string,
  labels: ShareLabels,
): { icon: ShareIconName; label: string; href: string; window: boolean }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { icon: 'x', label: labels.x, href: `https://x.com/intent/tweet?url=${u}&text=${t}`, window: true },
    { icon: 'linkedin', label: labels.linkedin, href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`, window: true },
    { icon: 'facebook', label: labels.facebook, href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, window: true },
    { icon: 'email', label: labels.emailShare, href: `mailto:?subject=${t}&body=${u}`, window: false },
  ];
}

/** The share controls' words, in the page's language (the `Share` messages). */
export type ShareLabels = Record<
  'actions' | 'share' | 'copyLink' | 'copied' | 'copyFailed' | 'x' | 'linkedin' | 'facebook' | 'emailShare' | 'newWindow',
  string
>;

/**
 * Icon buttons, each named for screen readers: copy link, the system share sheet where the
 * browser has one (on phones it reaches KakaoTalk), X, LinkedIn, Facebook and email. A #p-N
 * fragment is shared too; no other (the skip link's #main).
 */
export function ShareControls({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  // A paragraph's anchor goes along (#p-N), not another (the skip link's #main).
  const hash = useHash();
  const shared = url + (blockIndexOf(hash.slice(1)) === undefined ? '' : hash);
  const { status, copies, copy } = useClipboard();
  const canShare = useSyncExternalStore(never, hasShareSheet, () => false);
  return (
    <div role="group" aria-label={labels.actions} className="flex flex-wrap items-center gap-2">
      <button type="button" className="icon-button" onClick={() => copy(() => shared)} aria-label={labels.copyLink} title={labels.copyLink}>
        <ShareIcon name="link" />
      </button>
      {canShare && (
        <button
          type="button"
          className="icon-button"
          onClick={() => navigator.share({ title, url: shared }).catch(() => undefined)}
          aria-label={labels.share}
          title={labels.share}
        >
          <ShareIcon name="share" />
        </button>
      )}
      {shareLinks(shared, title, labels).map((link) => (
        <a
          key={link.icon}
          href={link.href}
          {...(link.window && { target: '_blank', rel: 'noopener noreferrer' })}
          className="icon-button"
          aria-label={link.window ? `${link.label} ${labels.newWindow}` : link.label}
          title={link.label}
        >
          <ShareIcon name={link.icon} />
        </a>
      ))}
      <CopyStatusMessage copies={copies}>{status === 'idle' ? '' : labels[status]}</CopyStatusMessage>
    </div>
  );
}
