import { useTranslations } from 'next-intl';

export function SiteFooter({ organization }: { organization: string }) {
  const t = useTranslations('Site');
  return (
    <footer className="border-t border-stone-200 print:hidden">
      <p className="mx-auto max-w-6xl px-5 py-6 text-sm text-stone-600 sm:px-8">{t('description', { organisation: organization })}</p>
    </footer>
  );
}
