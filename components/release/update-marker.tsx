import { useLocale, useTranslations } from 'next-intl';
import type { PublishedUpdate } from '@/lib/content/release';
import { formatReleaseDate } from '@/lib/i18n/formats';

/**
 * A small mark on a corrected paragraph, linking to its entry in the update log (on this page unless
 * `page` names it); screen readers hear the date.
 */
export function UpdateMarker({ update, page = '' }: { update: PublishedUpdate; page?: string }) {
  const t = useTranslations('Release');
  const locale = useLocale();
  const date = formatReleaseDate(locale, update.date);
  return (
    <a
      href={`${page}#${update.id}`}
      lang={locale}
      className={[
        'update-marker mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5',
        'text-xs font-medium text-amber-900 no-underline hover:underline',
      ].join(' ')}
    >
      <span aria-hidden="true">{t('changedMarker')}</span>
      <span className="sr-only">{t('changedMarkerLong', { date })}</span>
    </a>
  );
}
