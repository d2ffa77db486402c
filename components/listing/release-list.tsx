import Link from 'next/link';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { lastModified, type ListedRelease } from '@/lib/content/release';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { localePath, releasePath } from '@/lib/routes';
import { PublishedDate } from '@/components/release/published-date';

/**
 * Releases newest first under `heading`; one not translated into the reader's language is listed
 * in its original language and links there. `children` follow the list (pagination, years).
 */
export function ReleaseList({ heading, releases, children }: { heading: string; releases: ListedRelease[]; children?: ReactNode }) {
  const t = useTranslations('ReleaseList');
  const tUntranslated = useTranslations('Untranslated');
  const locale = useLocale();
  return (
    <section aria-labelledby="release-list-heading" className="mx-auto max-w-measure">
      <h1 id="release-list-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
        {heading}
      </h1>
      {releases.length === 0 ? (
        <p className="mt-8 text-stone-600">{t('empty')}</p>
      ) : (
        <ol className="mt-8 divide-y divide-stone-200 border-y border-stone-200">
          {releases.map(({ release, version, translated }) => (
            <li key={release.slug} className="py-6">
              <article>
                <p className="text-sm text-stone-600">
                  <PublishedDate iso={release.date} />
                  {release.updates.length > 0 && <span className="ms-2">· {t('updated', { date: formatReleaseDate(locale, lastModified(release)) })}</span>}
                  {!translated && <span className="ms-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">{tUntranslated('badge')}</span>}
                </p>
                <h2 lang={version.locale} className="mt-1 text-xl leading-snug font-semibold">
                  <Link href={localePath(version.locale, releasePath(release.slug))} className="hover:text-sky-800 hover:underline">
                    {version.title}
                  </Link>
                </h2>
                <p lang={version.locale} className="mt-2 leading-relaxed text-stone-700">
                  {version.description}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
