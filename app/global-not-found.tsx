import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundPage, type NotFoundText } from '@/components/site/not-found-page';
import { organizationName, siteName, topicsOf } from '@/lib/content/newsroom';
import { getNewsroom, getReleases } from '@/lib/content';
import { routing } from '@/lib/i18n/routing';
import './globals.css';

// Every unknown URL ends here with status 404. It is one static page for every path, built once (its
// newest releases are those of the build): no request renders it, reads content or writes to disk, and
// no proxy has to run to tell it the language. It holds both languages; a line of script shows the one
// of the path prefix (Korean outside /en), and without script the reader sees both.

async function texts(): Promise<NotFoundText[]> {
  const newsroom = await getNewsroom();
  return Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
      const search = await getTranslations({ locale, namespace: 'Search' });
      const skip = (await getTranslations({ locale, namespace: 'SkipLink' }))('label');
      const topicsLabel = (await getTranslations({ locale, namespace: 'Site' }))('topics');
      const languagesLabel = (await getTranslations({ locale, namespace: 'LocaleSwitch' }))('label');
      return {
        locale,
        organization: organizationName(newsroom, locale),
        newsroom: newsroom.name[locale],
        topics: topicsOf(newsroom, locale),
        headerLabels: { search: search('link'), topics: topicsLabel },
        title: `${t('title')} | ${siteName(newsroom, locale)}`,
        heading: t('title'),
        body: t('description'),
        backHome: t('backHome'),
        skip,
        otherLanguage: t('otherLanguage'),
        languagesLabel,
        help: { searchLabel: search('title'), submit: search('submit'), newest: t('newest') },
      };
    }),
  );
}

export const metadata: Metadata = { robots: { index: false } };

export default async function GlobalNotFound() {
  const [pageTexts, newsroom, releases] = await Promise.all([texts(), getNewsroom(), getReleases()]);
  return <NotFoundPage texts={pageTexts} newsroom={newsroom} releases={releases} />;
}
