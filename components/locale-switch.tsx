'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

/** The fragment of the current URL, kept up to date so a switch keeps the reader on paragraph #p-N. */
function useHash(): string {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}

/** Links to the same page in every other language. */
export function LocaleSwitch() {
  const t = useTranslations('LocaleSwitch');
  const locale = useLocale();
  const pathname = usePathname();
  const hash = useHash();
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-3">
        {routing.locales
          .filter((other) => other !== locale)
          .map((other) => (
            <li key={other}>
              <Link
                href={pathname + hash}
                locale={other}
                lang={other}
                hrefLang={other}
                className="rounded border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-800 hover:border-stone-500 hover:bg-stone-50"
              >
                {t(other)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
