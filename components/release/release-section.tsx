import type { ReactNode } from 'react';

/** A titled section after the release text (media contact, downloads). */
export function ReleaseSection({
  id,
  heading,
  className = '',
  children,
}: {
  id: string;
  heading: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`mt-10 border-t border-stone-200 pt-6 text-sm ${className}`}>
      <h2 id={id} className="text-base font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
