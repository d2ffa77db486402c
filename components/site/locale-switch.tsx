import { useTranslations, type Locale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { LocaleLinks } from './locale-links';

/** Links to the same page in every other language, keeping the paragraph (#p-N) the reader is on. */
export function LocaleSwitch({ locale }: { locale: Locale }) {
  const t = useTranslations('LocaleSwitch');
  const others = routing.locales.filter((other) => other !== locale).map((other) => ({ locale: other, label: t(other) }));
  return (
    <nav aria-label={t('label')}>
      <LocaleLinks current={locale} others={others} />
    </nav>
  );
}
