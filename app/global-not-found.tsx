import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundPage, type NotFoundText } from '@/components/site/not-found-page';
import { siteName } from '@/lib/content/newsroom';
import { getNewsroom } from '@/lib/content';
import { routing } from '@/lib/i18n/routing';
import './globals.css';

// Every unknown URL ends here with status 404. It is one static page for every path, built
// once: no request renders it, reads content or writes to disk, and no proxy has to run to tell
// it the language. It holds both languages; a line of script shows the one of the path prefix
// (Korean outside /en), and without script the reader sees both.

async function texts(): Promise<NotFoundText[]> {
  const newsroom = await getNewsroom();
  return Promise.all(
    routing.locales.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
      const skip = (await getTranslations({ locale, namespace: 'SkipLink' }))('label');
      const site = siteName(newsroom, locale);
      return { locale, site, title: `${t('title')} | ${site}`, heading: t('title'), body: t('description'), backHome: t('backHome'), skip, otherLanguage: t('otherLanguage') };
    }),
  );
}

export const metadata: Metadata = { robots: { index: false } };

export default async function GlobalNotFound() {
  return <NotFoundPage texts={await texts()} />;
}
