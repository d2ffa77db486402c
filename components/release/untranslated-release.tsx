import { Link } from '@/components/site/link';
import { useTranslations } from 'next-intl';
import type { LocalizedRelease } from '@/lib/content/release';
import { localePath, releasePath } from '@/lib/routes';
import { NoticePage } from '@/components/site/notice-page';
import { PublishedDate } from './published-date';

/** What a reader of another language finds at a release that exists only in the original. */
export function UntranslatedRelease({ release, version }: LocalizedRelease) {
  const t = useTranslations('Untranslated');
  return (
    <NoticePage heading={t('heading')} body={t('body')}>
      <p className="mt-6 rounded border border-stone-200 bg-stone-50 px-4 py-3">
        <Link
          href={localePath(version.locale, releasePath(release.slug))}
          lang={version.locale}
          hrefLang={version.locale}
          className="text-lg font-semibold text-sky-800 underline underline-offset-2"
        >
          {version.title}
        </Link>
        <br />
        <PublishedDate iso={release.date} className="text-sm text-stone-600" />
      </p>
    </NoticePage>
  );
}
