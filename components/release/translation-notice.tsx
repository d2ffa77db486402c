import { Link } from '@/components/site/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { originalLocale } from '@/lib/i18n/routing';

/**
 * Tells readers of a translation that the original is authoritative, and links to it (its page at
 * `original`); with the
 * side-by-side view when there is one, in the same line (on a phone, where the header offers that
 * view, the notice is one short line).
 */
export function TranslationNotice({ original: originalPage, sideBySide }: { original: string; sideBySide?: string }) {
  const t = useTranslations('Release');
  const tSideBySide = useTranslations('SideBySide');
  const original = (chunks: ReactNode) => (
    <Link href={originalPage} hrefLang={originalLocale} className="font-medium text-sky-800 underline underline-offset-2">
      {chunks}
    </Link>
  );
  return (
    <aside
      role="note"
      className="mt-4 rounded border border-stone-200 bg-stone-50 px-3 py-2 text-sm leading-snug text-stone-700 print:border-0 print:px-0"
    >
      {/* On a phone the short form: one line above the text, not three. */}
      {(['translationNotice', 'translationNoticeShort'] as const).map((key) => (
        <span key={key} className={key === 'translationNotice' ? 'max-sm:hidden' : 'sm:hidden'}>
          {t.rich(key, { original })}
        </span>
      ))}
      {sideBySide && (
        <Link
          href={sideBySide}
          className="ms-1 font-medium whitespace-nowrap text-sky-800 underline underline-offset-2 max-sm:hidden print:hidden"
        >
          <span aria-hidden="true" className="me-1">
            ⇆
          </span>
          {tSideBySide('short')}
        </Link>
      )}
    </aside>
  );
}
