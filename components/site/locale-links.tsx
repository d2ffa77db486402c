'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Locale } from 'next-intl';
import { useHash } from '@/lib/client/use-hash';
import { useQueryString } from '@/lib/client/use-query-string';

/**
 * The current path with its language prefix swapped, plus the query and fragment: the same page,
 * paragraph or search in another language.
 */
export function LocaleLinks({ current, others }: { current: Locale; others: { locale: Locale; label: string }[] }) {
  const rest = usePathname().slice(current.length + 1);
  const search = useQueryString();
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
