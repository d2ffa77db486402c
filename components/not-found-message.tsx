import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export function NotFoundMessage() {
  const t = useTranslations('NotFoundPage');
  return (
    <section className="mx-auto max-w-measure">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-4 leading-relaxed text-stone-700">{t('description')}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-sky-800 underline underline-offset-2">
          {t('backHome')}
        </Link>
      </p>
    </section>
  );
}
