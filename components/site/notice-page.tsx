import type { ReactNode } from 'react';

/** A short page that tells the reader something and where to go instead (404, missing translation). */
export function NoticePage({ heading, body, children }: { heading: string; body: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-measure">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{heading}</h1>
      <p className="mt-4 leading-relaxed text-stone-700">{body}</p>
      {children}
    </section>
  );
}
