import Link from 'next/link';
import type { Locale } from 'next-intl';
import { localePath } from '@/lib/routes';
import { LocaleSwitch } from './locale-switch';

/** The newsroom's name in the page's language, linking home, and the language switch. */
export function SiteHeader({ locale, organization, newsroom }: { locale: Locale; organization: string; newsroom: string }) {
  return (
    <header className="border-b border-stone-200 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 sm:px-8">
        <Link href={localePath(locale, '/')} className="text-base font-bold tracking-tight text-stone-900 hover:text-sky-800">
          {organization} <span className="font-medium text-stone-600">{newsroom}</span>
        </Link>
        <LocaleSwitch locale={locale} />
      </div>
    </header>
  );
}
