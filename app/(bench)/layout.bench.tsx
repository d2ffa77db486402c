import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The framework's floors for the bench (scripts/bench): a root layout of their own, so /bench-floor
// carries none of the site's CSS, fonts, scripts or client components, only what Next and React
// ship to hydrate any page (and /bench-floor-ko and -en only the release text, text-floor.tsx). A
// `.bench.tsx` file is a page only in the bench's build (BENCH_BUILD=1 adds the extension in
// next.config.ts); in any other, these addresses are the 404.
export const metadata: Metadata = { title: 'Floor', robots: { index: false } };

export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
