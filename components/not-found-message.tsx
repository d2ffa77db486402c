import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { NoticePage } from './notice-page';

export function NotFoundMessage() {
  const t = useTranslations('NotFoundPage');
  return (
    <NoticePage heading={t('title')} body={t('description')}>
      <p className="mt-6">
        <Link href="/" className="font-medium text-sky-800 underline underline-offset-2">
          {t('backHome')}
        </Link>
      </p>
    </NoticePage>
  );
}
