import { Link } from '@/components/site/link';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { lastModified, type ListedRelease } from '@/lib/content/release';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { localePath, releasePath } from '@/lib/routes';
import { PublishedDate } from '@/components/release/published-date';
import { TopicLabel } from './topic-label';

/**
 * Releases newest first under `heading`, each with its date, topics and the start of its summary;
 * one not translated into the reader's language is listed in its original language and links
 * there. The first is `featured` (a larger title, the whole summary) on the newsroom's first page.
 * `intro` stands under the heading, `children` follow the list (pagination, years).
 */
export function ReleaseList(props: {
  heading: string;
  releases: ListedRelease[];
  topics: Record<string, string>;
  featured?: boolean;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  const { heading, releases, topics, featured, intro, children } = props;
  const t = useTranslations('ReleaseList');
  const tUntranslated = useTranslations('Untranslated');
  const locale = useLocale();
  return (
    <section aria-labelledby="release-list-heading" className="mx-auto max-w-measure">
      <h1 id="release-list-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
        {heading}
      </h1>
      {intro}
      {releases.length === 0 ? (
        <p className="mt-8 text-stone-600">{t('empty')}</p>
      ) : (
        <ol className="mt-6 divide-y divide-stone-200 border-y border-stone-200">
          {releases.map(({ release, version, translated }, index) => {
            const lead = featured && index === 0;
            return (
              <li key={release.slug} className={lead ? 'py-6' : 'py-4'}>
                <article>
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
                    <PublishedDate iso={release.date} />
                    {release.updates.length > 0 && (
                      <span>· {t('updated', { date: formatReleaseDate(locale, lastModified(release)) })}</span>
                    )}
                    {!translated && (
                      <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">
                        {tUntranslated('badge')}
                      </span>
                    )}
                    {release.tags.map((tag) => (
                      <TopicLabel key={tag} locale={locale} tag={tag} label={topics[tag]!} />
                    ))}
                  </div>
                  <h2
                    lang={version.locale}
                    className={
                      lead ? 'mt-2 text-2xl leading-snug font-bold text-balance sm:text-3xl' : 'mt-1 text-lg leading-snug font-bold'
                    }
                  >
                    <Link href={localePath(version.locale, releasePath(release.slug))} className="hover:text-sky-800 hover:underline">
                      {version.title}
                    </Link>
                  </h2>
                  <p
                    lang={version.locale}
                    className={lead ? 'mt-3 text-lg leading-relaxed text-stone-700' : 'mt-1 line-clamp-2 leading-relaxed text-stone-700'}
                  >
                    {version.description}
                  </p>
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {children}
    </section>
  );
}
