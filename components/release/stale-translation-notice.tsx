import { Link } from '@/components/site/link';
import { useLocale, useTranslations } from 'next-intl';
import { blockAnchor } from '@/lib/content/anchor';
import { originalLocale } from '@/lib/i18n/routing';

/** On a translated paragraph whose original changed since: the original (its page at `original`) prevails, and here it is. */
export function StaleTranslationNotice({ original, index }: { original: string; index: number }) {
  const t = useTranslations('Release');
  return (
    <p
      role="note"
      lang={useLocale()}
      className="stale-notice mt-1 rounded border-s-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm leading-relaxed text-stone-800"
    >
      {t.rich('staleTranslation', {
        original: (chunks) => (
          <Link
            href={`${original}#${blockAnchor(index)}`}
            hrefLang={originalLocale}
            className="font-medium text-sky-800 underline underline-offset-2"
          >
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
