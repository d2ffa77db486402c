import type { AnchorHTMLAttributes } from 'react';

/** The first stop of the keyboard: straight to the page's main content. */
export function SkipLink({ label, ...attributes }: { label: string } & AnchorHTMLAttributes<HTMLAnchorElement> & { 'data-lang'?: string }) {
  return (
    <a
      href="#main"
      className="sr-only rounded bg-stone-900 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      {...attributes}
    >
      {label}
    </a>
  );
}
