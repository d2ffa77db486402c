import { Link } from '@/components/site/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundHelp } from '@/components/site/not-found-help';
import { NoticePage } from '@/components/site/notice-page';
import { getNewsroom, getReleases } from '@/lib/content';
import { siteName } from '@/lib/content/newsroom';
import { localePath } from '@/lib/routes';

// A release, list page or year that a request names but the build does not publish (unknown,
// past the end, or under embargo): a 404 in the site's own header and footer, in the language of
// the path, with a search box and the newest releases. Addresses outside every language get
// app/global-not-found.tsx.
export default async function LocaleNotFound() {
  const locale = await getLocale();
  const [t, search, releases, newsroom] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFoundPage' }),
    getTranslations({ locale, namespace: 'Search' }),
    getReleases(),
    getNewsroom(),
  ]);
  return (
    <NoticePage heading={t('title')} body={t('description')}>
      {/* React hoists it into the head; metadata cannot say it, since only this component knows the page is missing. */}
      <title>{`${t('title')} | ${siteName(newsroom, locale)}`}</title>
      <NotFoundHelp
        locale={locale}
        releases={releases}
        text={{ searchLabel: search('title'), submit: search('submit'), newest: t('newest') }}
      />
      <div className="mt-10">
        <Link href={localePath(locale, '/')} className="font-medium text-sky-800 underline underline-offset-2">
          {t('backHome')}
        </Link>
      </div>
    </NoticePage>
  );
}
