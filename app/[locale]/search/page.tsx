import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import type { Locale } from 'next-intl';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { NewestReleases } from '@/components/search/newest-releases';
import { Search } from '@/components/search/search';
import { yearsOf } from '@/lib/content/listing';
import { getNewsroom, getReleases } from '@/lib/content';
import { topicsOf } from '@/lib/content/newsroom';
import { readableVersion } from '@/lib/content/release';
import { pageMetadata } from '@/lib/discovery/metadata';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { routing } from '@/lib/i18n/routing';
import { archivePath, localePath, releasePath, searchIndexFolder, searchPath } from '@/lib/routes';
import { getSearchFiles } from '@/lib/search/indexing';
import { headFile, RESULTS_PAGE, type Hit } from '@/lib/search/format';

type Props = PageProps<'/[locale]/search'>;

/**
 * The Search messages the search's client components read (its form, status, results and newest
 * releases): only these go to the browser; the title, noScript, suggestion and link stay here.
 */
const clientKeys = [
  'label',
  'submit',
  'hint',
  'year',
  'anyYear',
  'topic',
  'anyTopic',
  'searching',
  'results',
  'failed',
  'more',
  'resultLanguage',
  'newest',
  'topics',
] as const;

/** `messages` with only `keys`. */
function pick<T, K extends keyof T>(messages: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, messages[key]])) as Pick<T, K>;
}

export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  // Every address of it (?q=, &year=, &tag=) names the one search page as canonical, so engines
  // index the page (its newest releases and topics) once, not each search.
  return pageMetadata({ locale, newsroom: await getNewsroom(), path: searchPath, title: t('title'), description: t('label') });
}

/** The search page: static (with the newest releases), the query read from the address in the browser, the index fetched from here only. */
export default async function SearchPage({ params }: Props) {
  const locale = await readLocaleParam(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const [{ version }, releases, newsroom, messages] = await Promise.all([
    getSearchFiles(),
    getReleases(),
    getNewsroom(),
    getMessages({ locale }),
  ]);
  // Every query needs the index's head: the browser fetches it beside the page's scripts.
  preload(searchIndexFolder(version) + headFile, { as: 'fetch', crossOrigin: 'anonymous' });
  const newestYear = yearsOf(releases)[0];
  const archive = (chunks: ReactNode) => (
    <Link href={localePath(locale, newestYear ? archivePath(newestYear) : '/')} className="text-sky-800 underline underline-offset-2">
      {chunks}
    </Link>
  );
  const newest = releases.slice(0, RESULTS_PAGE).map((release): Hit => {
    const version = readableVersion(release, locale);
    return { slug: release.slug, locale: version.locale, date: release.date, title: version.title };
  });
  const releaseFolders = Object.fromEntries(routing.locales.map((other) => [other, localePath(other, releasePath(''))])) as Record<
    Locale,
    string
  >;
  return (
    <section aria-labelledby="search-heading" className="mx-auto max-w-measure">
      <h1 id="search-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
        {t('title')}
      </h1>
      <noscript>
        <p className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-stone-800">{t.rich('noScript', { archive })}</p>
      </noscript>
      {/* What the search says as results come, compiled at build time: only its client components' messages go to the browser. */}
      <NextIntlClientProvider messages={{ Search: pick(messages.Search, clientKeys) }}>
        <Search
          locale={locale}
          indexFolder={searchIndexFolder(version)}
          years={yearsOf(releases)}
          topics={topicsOf(newsroom, locale)}
          newest={newest.length > 0 ? <NewestReleases newest={newest} readerLocale={locale} releaseFolders={releaseFolders} /> : undefined}
          releaseFolders={releaseFolders}
          suggestion={t.rich('suggestion', { archive })}
        />
      </NextIntlClientProvider>
    </section>
  );
}
