import Link from 'next/link';
import type { Locale } from 'next-intl';
import { localePath, searchPath } from '@/lib/routes';
import { LocaleSwitch } from './locale-switch';

/** The newsroom's name in the page's language, linking home, the search page and the language switch. */
export function SiteHeader({ locale, organization, newsroom, searchLabel }: { locale: Locale; organization: string; newsroom: string; searchLabel: string }) {
  return (
    <header className="border-b border-stone-200 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 sm:px-8">
        <Link href={localePath(locale, '/')} className="text-base font-bold tracking-tight text-stone-900 hover:text-sky-800">
          {organization} <span className="font-medium text-stone-600">{newsroom}</span>
        </Link>
        <div className="flex items-center gap-4">
          {/* Not prefetched: the search page's code and index are for readers who open it. */}
          <Link href={localePath(locale, searchPath)} prefetch={false} className="text-sm font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950">
            {searchLabel}
          </Link>
          <LocaleSwitch locale={locale} />
        </div>
      </div>
    </header>
  );
}
