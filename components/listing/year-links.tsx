import { Link } from '@/components/site/link';
import { useLocale, useTranslations } from 'next-intl';
import { archivePath, localePath } from '@/lib/routes';

/** Every year that has releases, the current one marked. */
export function YearLinks({ years, current }: { years: number[]; current?: number }) {
  const t = useTranslations('ReleaseList');
  const locale = useLocale();
  return (
    <nav aria-labelledby="years-heading" className="mt-10 border-t border-stone-200 pt-6 text-sm">
      <h2 id="years-heading" className="font-bold">
        {t('years')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
        {years.map((year) => (
          <li key={year}>
            <Link
              href={localePath(locale, archivePath(year))}
              aria-current={year === current ? 'page' : undefined}
              className={[
                'text-sky-800 underline underline-offset-2',
                'aria-[current=page]:font-bold aria-[current=page]:text-stone-900 aria-[current=page]:no-underline',
              ].join(' ')}
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
