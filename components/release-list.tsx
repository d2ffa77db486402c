import { useTranslations } from 'next-intl';
import type { LocalizedRelease } from '@/lib/content/loader';
import { Link } from '@/lib/i18n/navigation';
import { describeRelease } from '@/lib/release-text';
import { releasePath } from '@/lib/routes';
import { PublishedDate } from './published-date';

export function ReleaseList({ releases }: { releases: LocalizedRelease[] }) {
  const t = useTranslations('ReleaseList');
  return (
    <section aria-labelledby="release-list-heading" className="mx-auto max-w-measure">
      <h1 id="release-list-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
        {t('heading')}
      </h1>
      {releases.length === 0 ? (
        <p className="mt-8 text-stone-600">{t('empty')}</p>
      ) : (
        <ol className="mt-8 divide-y divide-stone-200 border-y border-stone-200">
          {releases.map(({ release, version }) => (
            <li key={release.slug} className="py-6">
              <article>
                <PublishedDate iso={release.date} className="text-sm text-stone-600" />
                <h2 className="mt-1 text-xl leading-snug font-semibold">
                  <Link href={releasePath(release.slug)} className="hover:text-sky-800 hover:underline">
                    {version.title}
                  </Link>
                </h2>
                <p className="mt-2 leading-relaxed text-stone-700">{describeRelease(version)}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
