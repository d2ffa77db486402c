'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { useHash } from '@/lib/client/use-hash';
import { routing } from '@/lib/i18n/routing';

/** Links to the same page in every other language, keeping the paragraph (#p-N) the reader is on. */
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
                className="button"
              >
                {t(other)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
