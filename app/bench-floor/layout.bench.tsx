import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The framework's floor for the bench (scripts/bench/lighthouse.mts): a root layout of its own, so
// the page carries none of the site's CSS, fonts, scripts or client components, only what Next and
// React ship to hydrate any page. A `.bench.tsx` file is a page only in the bench's build
// (BENCH_BUILD=1 adds the extension in next.config.ts); in any other, /bench-floor is the 404.
export const metadata: Metadata = { title: 'Floor', robots: { index: false } };

export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
