'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Locale } from 'next-intl';
import { useHash } from '@/lib/client/use-hash';

/** The current path with its language prefix swapped, plus the fragment: the same page and paragraph in another language. */
export function LocaleLinks({ current, others }: { current: Locale; others: { locale: Locale; label: string }[] }) {
  const rest = usePathname().slice(current.length + 1);
  const hash = useHash();
  return (
    <ul className="flex gap-3">
      {others.map(({ locale, label }) => (
        <li key={locale}>
          <Link href={`/${locale}${rest}${hash}`} lang={locale} hrefLang={locale} className="button">
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
