import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitch } from './locale-switch';

export function SiteHeader() {
  const t = useTranslations('Site');
  return (
    <header className="border-b border-stone-200 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 sm:px-8">
        <Link href="/" className="text-base font-bold tracking-tight text-stone-900 hover:text-sky-800">
          {t('name')}
        </Link>
        <LocaleSwitch />
      </div>
    </header>
  );
}
