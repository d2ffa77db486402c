import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { originalLocale } from '@/lib/i18n/routing';
import { localePath, releasePath } from '@/lib/routes';

/** Tells readers of a translation that the original is authoritative, and links to it. */
export function TranslationNotice({ slug }: { slug: string }) {
  const t = useTranslations('Release');
  return (
    <aside role="note" className="mt-8 rounded border border-stone-200 bg-stone-50 px-4 py-3 text-sm leading-relaxed text-stone-700 print:border-0 print:px-0">
      {t.rich('translationNotice', {
        original: (chunks) => (
          <Link href={localePath(originalLocale, releasePath(slug))} hrefLang={originalLocale} className="font-medium text-sky-800 underline underline-offset-2">
            {chunks}
          </Link>
        ),
      })}
    </aside>
  );
}
