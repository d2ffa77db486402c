import { useTranslations, type Locale } from 'next-intl';
import { organizationName } from '@/lib/content/newsroom';
import type { Newsroom } from '@/lib/content/schema';
import { PrintDate } from './print-date';

/** On paper only, above a release: whose newsroom it was printed from (the site's header is not printed). */
export function PrintMasthead({ newsroom, locale }: { newsroom: Newsroom; locale: Locale }) {
  const t = useTranslations('Release');
  return (
    <p className="mb-6 hidden border-b border-stone-300 pb-2 text-sm text-stone-700 print:block">
      {t('printedFrom', { organisation: organizationName(newsroom, locale), newsroom: newsroom.name[locale] })}
    </p>
  );
}

/** On paper only, below a release: its permalink and the day it was printed. */
export function PrintPermalink({ url, locale }: { url: string; locale: Locale }) {
  const t = useTranslations('Release');
  return (
    <p className="mt-10 hidden border-t border-stone-300 pt-2 text-sm text-stone-700 print:block">
      {t('permalink')}: {url} · {t('printed')} <PrintDate locale={locale} />
    </p>
  );
}
