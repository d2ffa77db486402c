import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/not-found-message';
import { PageShell } from '@/components/page-shell';
import { siteName } from '@/lib/content/newsroom';
import { getNewsroom } from '@/lib/content/queries';
import './globals.css';

// Every unknown URL ends here, rendered on the server with status 404. The locale comes from the
// path prefix (the proxy passes it on); outside any locale it is the default, Korean.
// A segment-level not-found.tsx would be rendered by the client only (vercel/next.js#62228).

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations('NotFoundPage');
  return { title: `${t('title')} | ${siteName(await getNewsroom(), locale)}` };
}

export default async function GlobalNotFound() {
  return (
    <PageShell locale={await getLocale()} newsroom={await getNewsroom()}>
      <NotFoundMessage />
    </PageShell>
  );
}
