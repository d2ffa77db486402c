import { hasLocale } from 'next-intl';
import { releaseFeed } from '@/lib/discovery/feed';
import { routing } from '@/lib/i18n/routing';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  return new Response(await releaseFeed(locale), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
