import { getNewsroom } from '@/lib/content';
import { feedResponse } from '@/lib/discovery/feed';
import { routing } from '@/lib/i18n/routing';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const tags = Object.keys((await getNewsroom()).tags);
  return routing.locales.flatMap((locale) => tags.map((tag) => ({ locale, tag })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/tags/[tag]/feed.xml'>) {
  const { locale, tag } = await params;
  return feedResponse(locale, tag);
}
