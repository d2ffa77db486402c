import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Listing } from '@/components/listing/listing';
import { TopicLinks } from '@/components/listing/topic-links';
import { pagedHeading, pageSegments, PRERENDERED_PAGES, taggedWith } from '@/lib/content/listing';
import { getNewsroom, getReleases, listedAt, listingAt } from '@/lib/content';
import { topicsOf } from '@/lib/content/newsroom';
import { pageMetadata } from '@/lib/discovery/metadata';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { listPagePath, tagFeedPath, tagPath } from '@/lib/routes';

type Props = PageProps<'/[locale]/tags/[tag]/[[...page]]'>;

// The first pages are rendered at build time, later ones on their first request (then cached);
// a page past the end is a 404.
export const revalidate = false;
// The [locale] layout allows only ko and en; below it, params the build did not render are rendered on request.
export const dynamicParams = true;

// /tags/{tag} is page 1, /tags/{tag}/page/{n} the rest.
export async function generateStaticParams() {
  const [releases, newsroom] = await Promise.all([getReleases(), getNewsroom()]);
  return Object.keys(newsroom.tags).flatMap((tag) =>
    pageSegments(taggedWith(releases, tag).length)
      .slice(0, PRERENDERED_PAGES)
      .map((page) => ({ tag, page })),
  );
}

async function load(params: Props['params']) {
  const locale = await readLocaleParam(params);
  const { tag, page: segments } = await params;
  const listing = await listingAt(locale, listedAt.tag(tag, segments));
  if (!listing) notFound();
  const t = await getTranslations({ locale, namespace: 'ReleaseList' });
  const label = (await getNewsroom()).tags[tag]![locale];
  return {
    locale,
    tag,
    label,
    listing,
    heading: pagedHeading(t('tagHeading', { tag: label, count: listing.count }), listing.page.page, (n) => t('pageLink', { page: n })),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag, listing, heading } = await load(params);
  return pageMetadata({
    locale,
    newsroom: await getNewsroom(),
    path: listPagePath(tagPath(tag), listing.page.page),
    title: heading,
    description: heading,
    feed: tagFeedPath(tag),
  });
}

export default async function TagPage({ params }: Props) {
  const { locale, tag, label, listing, heading } = await load(params);
  return (
    <Listing heading={heading} listing={listing} base={tagPath(tag)}>
      <TopicLinks current={{ tag, label }} topics={topicsOf(await getNewsroom(), locale)} />
    </Listing>
  );
}
