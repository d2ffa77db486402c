import { Feed } from 'feed';
import { hasLocale, type Locale } from 'next-intl';
import { organizationName, siteName } from '@/lib/content/newsroom';
import { getNewsroom, getRelease, getReleases } from '@/lib/content';
import { lastModified, latestChange, writtenIn } from '@/lib/content/release';
import { notFound } from '@/lib/http/file-responses';
import { translatorFor } from '@/lib/i18n/messages';
import { routing } from '@/lib/i18n/routing';
import { taggedWith } from '@/lib/content/listing';
import { absoluteUrl, feedPath, releaseUrl, tagFeedPath, tagPath } from '@/lib/routes';

// The feed package sends titles and summaries as type="html" inside CDATA, and splits only the
// first "]]>" of a CDATA section: text is escaped to HTML here, and no "]]>" is left to split.
const cdataSafe = (html: string) => html.replaceAll(']]>', ']]&gt;');
const asHtml = (text: string) => cdataSafe(text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));

/** How many releases a feed carries, newest first: a feed reader polls for what is new, the archive holds the rest. */
export const FEED_SIZE = 50;

/** The Atom feed of the newest releases published in `locale` (with `tag`, only those), with absolute links. */
export async function releaseFeed(locale: Locale, tag?: string): Promise<string> {
  const newsroom = await getNewsroom();
  const organization = organizationName(newsroom, locale);
  const published = await getReleases();
  const newest = (tag ? taggedWith(published, tag) : published).filter((release) => release.versions[locale]).slice(0, FEED_SIZE);
  // An entry carries the release's text: these releases are loaded whole.
  const whole = await Promise.all(newest.map((release) => getRelease(release.slug)));
  const releases = whole.flatMap((release) => (release && writtenIn(release, locale)) || []);
  const home = absoluteUrl(locale, tag ? tagPath(tag) : '/');
  const site = siteName(newsroom, locale);
  const feed = new Feed({
    id: home,
    link: home,
    title: translatorFor(locale, 'Feed')('title', { site: tag ? `${site}: ${newsroom.tags[tag]![locale]}` : site }),
    description: translatorFor(locale, 'Site')('description', { organisation: organization }),
    language: locale,
    copyright: '',
    updated: new Date(latestChange(releases.map(({ release }) => release)) ?? 0),
    feedLinks: { atom: absoluteUrl(locale, tag ? tagFeedPath(tag) : feedPath) },
  });
  for (const { release, version } of releases) {
    const url = releaseUrl(locale, release.slug);
    feed.addItem({
      id: url,
      link: url,
      title: asHtml(version.title),
      description: asHtml(version.description),
      content: cdataSafe(version.blocks.map((block) => block.absoluteHtml ?? block.html).join('\n')),
      // Atom's <updated>: the latest correction, else publication.
      date: new Date(lastModified(release)),
      published: new Date(release.date),
      author: [{ name: organization, link: newsroom.organization.url }],
      // The topic's label in the feed's language (newsroom.yml), its tag as the term.
      category: release.tags.map((tag) => ({ name: newsroom.tags[tag]![locale], term: tag })),
    });
  }
  return withLanguage(feed.atom1(), locale);
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** The feed's language on its root (xml:lang, Atom's way): the feed package says it in RSS only. */
function withLanguage(atom: string, locale: Locale): string {
  if (!atom.includes(ATOM_ROOT)) throw new Error('the feed package no longer writes its Atom root as expected: set xml:lang another way');
  return atom.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}

/** A feed as its route answers it (of `tag`, when given): in the site's languages only. */
export async function feedResponse(locale: string, tag?: string): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return notFound();
  return new Response(await releaseFeed(locale, tag), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
