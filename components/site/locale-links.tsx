'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from 'next-intl';
import { useHash } from '@/lib/client/use-hash';
import { useQueryString } from '@/lib/client/use-query-string';

/**
 * The current path with its language prefix swapped, plus the query and fragment: the same page,
 * paragraph or search in another language. A document navigation, not the router's: the browser
 * then marks the paragraph as the :target a direct #p-N link does (the router only scrolls to it),
 * and nothing is prefetched for a switch few readers make.
 */
export function LocaleLinks({ current, others }: { current: Locale; others: { locale: Locale; label: string }[] }) {
  const rest = usePathname().slice(current.length + 1);
  const search = useQueryString();
  const hash = useHash();
  return (
    <ul className="flex gap-3">
      {others.map(({ locale, label }) => (
        <li key={locale}>
          <a href={`/${locale}${rest}${search}${hash}`} lang={locale} hrefLang={locale} className="button">
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
