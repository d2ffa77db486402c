import type { ReactNode } from 'react';

/**
 * A polite live region: screen readers announce the copy confirmation without moving focus. Each
 * copy (`copies`) puts its words in anew, so copying again is confirmed again: a region handed
 * the words it already shows is not read a second time.
 */
export function CopyStatusMessage({
  children,
  copies,
  className = 'text-sm text-stone-700',
}: {
  children: ReactNode;
  copies: number;
  className?: string;
}) {
  return (
    <p role="status" className={className}>
      <span key={copies}>{children}</span>
    </p>
  );
}
