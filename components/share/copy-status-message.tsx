import type { ReactNode } from 'react';

/** A polite live region: screen readers announce the copy confirmation without moving focus. */
export function CopyStatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="text-sm text-stone-700">
      {children}
    </p>
  );
}
