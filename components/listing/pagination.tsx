import { Link } from '@/components/site/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ListPage } from '@/lib/content/listing';
import { listPagePath, localePath } from '@/lib/routes';

const link = 'inline-block min-w-9 rounded border border-stone-300 px-2.5 py-1 text-center hover:border-sky-800 hover:text-sky-800';

/** The page numbers to show: all of a short list; of a long one the first, the last and the neighbours of the current page. */
export function visiblePages(page: number, pageCount: number): (number | 'gap')[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/** Numbered pages with previous and next; the current page is marked for screen readers. */
export function Pagination({ page, pageCount, base }: Pick<ListPage<unknown>, 'page' | 'pageCount'> & { base: string }) {
  const t = useTranslations('ReleaseList');
  const locale = useLocale();
  if (pageCount === 1) return null;
  const href = (n: number) => localePath(locale, listPagePath(base, n));
  return (
    <nav aria-label={t('pagination')} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>
              {t('previous')}
            </Link>
          </li>
        )}
        {visiblePages(page, pageCount).map((n, index) =>
          n === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-current={n === page ? 'page' : undefined}
                aria-label={t('pageLink', { page: n })}
                className={`${link} aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white`}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>
              {t('next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
