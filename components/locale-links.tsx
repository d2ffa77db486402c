'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { Locale } from 'next-intl';
import { Suspense } from 'react';
import { useHash } from '@/lib/client/use-hash';

type Props = { current: Locale; others: { locale: Locale; label: string }[] };

/** The current path with its language prefix swapped, plus the fragment: the same page and paragraph in another language. */
function Links({ current, others, search }: Props & { search: string }) {
  const rest = usePathname().slice(current.length + 1);
  const hash = useHash();
  return (
    <ul className="flex gap-3">
      {others.map(({ locale, label }) => (
        <li key={locale}>
          {/* A search's address changes as the reader types: prefetching each would cost the search its bandwidth. */}
          <Link href={`/${locale}${rest}${search}${hash}`} prefetch={search ? false : undefined} lang={locale} hrefLang={locale} className="button">
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The query too (a search keeps its words across languages); read in the browser only, pages stay static. */
function LinksWithQuery(props: Props) {
  const search = useSearchParams().toString();
  return <Links {...props} search={search && `?${search}`} />;
}

export function LocaleLinks(props: Props) {
  return (
    <Suspense fallback={<Links {...props} search="" />}>
      <LinksWithQuery {...props} />
    </Suspense>
  );
}
