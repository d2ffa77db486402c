import { useTranslations } from 'next-intl';

export function SkipLink() {
  const t = useTranslations('SkipLink');
  return (
    <a
      href="#main"
      className="sr-only rounded bg-stone-900 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
    >
      {t('label')}
    </a>
  );
}
