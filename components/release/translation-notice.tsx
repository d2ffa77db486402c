import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { originalLocale } from '@/lib/i18n/routing';
import { localePath, releasePath } from '@/lib/routes';

/**
 * Tells readers of a translation that the original is authoritative, and links to it; with the
 * side-by-side view when there is one, in the same line (on a phone it costs one line, not two).
 */
export function TranslationNotice({ slug, sideBySide }: { slug: string; sideBySide?: string }) {
  const t = useTranslations('Release');
  const tSideBySide = useTranslations('SideBySide');
  return (
    <aside role="note" className="mt-4 rounded border border-stone-200 bg-stone-50 px-3 py-2 text-sm leading-snug text-stone-700 print:border-0 print:px-0">
      {t.rich('translationNotice', {
        original: (chunks) => (
          <Link href={localePath(originalLocale, releasePath(slug))} hrefLang={originalLocale} className="font-medium text-sky-800 underline underline-offset-2">
            {chunks}
          </Link>
        ),
      })}
      {sideBySide && (
        <Link href={sideBySide} className="ms-1 font-medium whitespace-nowrap text-sky-800 underline underline-offset-2 print:hidden">
          <span aria-hidden="true">⇆ </span>
          {tSideBySide('short')}
        </Link>
      )}
    </aside>
  );
}
