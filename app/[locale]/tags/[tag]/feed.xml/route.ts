import { hasLocale } from 'next-intl';
import { getNewsroom } from '@/lib/content';
import { releaseFeed } from '@/lib/discovery/feed';
import { routing } from '@/lib/i18n/routing';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const tags = Object.keys((await getNewsroom()).tags);
  return routing.locales.flatMap((locale) => tags.map((tag) => ({ locale, tag })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/tags/[tag]/feed.xml'>) {
  const { locale, tag } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  return new Response(await releaseFeed(locale, tag), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
