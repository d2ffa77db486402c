import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitch } from './locale-switch';

/** The newsroom's name in the page's language, linking home, and the language switch. */
export function SiteHeader({ organization, newsroom }: { organization: string; newsroom: string }) {
  return (
    <header className="border-b border-stone-200 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-5 py-4 sm:px-8">
        <Link href="/" className="text-base font-bold tracking-tight text-stone-900 hover:text-sky-800">
          {organization} <span className="font-medium text-stone-600">{newsroom}</span>
        </Link>
        <LocaleSwitch />
      </div>
    </header>
  );
}
