import { Link } from '@/components/site/link';
import { useLocale, useTranslations } from 'next-intl';
import { organizationName } from '@/lib/content/newsroom';
import {
  blockUpdates,
  hasSideBySide,
  lastModified,
  staleBlocks,
  updatesOf,
  type ListedRelease,
  type LocalizedRelease,
} from '@/lib/content/release';
import type { Newsroom } from '@/lib/content/schema';
import type { ReleaseDownloads } from '@/lib/downloads/catalog';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { originalLocale } from '@/lib/i18n/routing';
import { publicAddresses, releaseUrl, type ReleaseAddresses } from '@/lib/routes';
import { AboutOrganization } from './about-organization';
import { EmbargoBanner } from './embargo-banner';
import { Downloads } from '@/components/downloads/downloads';
import { PressKitButton } from '@/components/downloads/press-kit-button';
import { TopicLabel } from '@/components/listing/topic-label';
import { MediaContacts } from './media-contacts';
import { PrintMasthead, PrintPermalink } from './print-lines';
import { PublishedDate } from './published-date';
import { ShareControls } from '@/components/share/share-controls';
import { ReleaseBody } from './release-body';
import { TranslationNotice } from './translation-notice';
import { QuoteCopier } from './quote-copier';
import { RelatedReleases } from './related-releases';
import { UpdateLog } from './update-log';

/**
 * A journalist's preview (lib/preview): its banner lines, and its own addresses of the release's
 * views and images. Nothing in it shares or links to the release's public address yet (its
 * quotes and print carry the permalink the release will have).
 */
type PreviewOf = { lines: [string, string]; addresses: ReleaseAddresses };

type ReleaseArticleProps = LocalizedRelease & {
  newsroom: Newsroom;
  downloads: ReleaseDownloads;
  related: ListedRelease[];
  preview?: PreviewOf;
};

export function ReleaseArticle({ release, version, newsroom, downloads, related, preview }: ReleaseArticleProps) {
  const t = useTranslations('Release');
  const tSideBySide = useTranslations('SideBySide');
  const tShare = useTranslations('Share');
  const tQuote = useTranslations('Quote');
  const { locale } = version;
  // A preview of a release not yet translated shows the original under the other language's page:
  // its words say their own language, the page's say the page's (the organisation, topics, dates,
  // contacts and boilerplate around them, a quote's attribution).
  const pageLocale = useLocale();
  const textLang = locale === pageLocale ? undefined : locale;
  const { stockCode, boilerplate } = newsroom.organization;
  const addresses = preview?.addresses ?? publicAddresses(release.slug);
  const sideBySide = addresses.sideBySide(locale);
  const topics = release.tags.map((tag) => <TopicLabel key={tag} locale={pageLocale} tag={tag} label={newsroom.tags[tag]![pageLocale]} />);
  return (
    <article lang={pageLocale} className="release-article mx-auto max-w-measure">
      {preview && <EmbargoBanner lines={preview.lines} />}
      <PrintMasthead newsroom={newsroom} locale={pageLocale} />
      <header>
        <p className="text-sm font-bold tracking-wide text-sky-800">
          {organizationName(newsroom, pageLocale)}
          {stockCode && <span className="font-normal text-stone-600"> · {t('stockCode', { code: stockCode })}</span>}
        </p>
        <h1
          lang={textLang}
          className={[
            'mt-3 text-[1.625rem] leading-tight font-bold tracking-tight text-pretty',
            'sm:text-4xl sm:leading-tight sm:text-balance',
          ].join(' ')}
        >
          {version.title}
        </h1>
        {version.subtitle.length > 0 && (
          <ul lang={textLang} className="mt-4 space-y-1 text-[0.9375rem] leading-snug text-stone-600 sm:text-xl sm:leading-snug">
            {version.subtitle.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <div className="mt-5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
          <span>
            {t('published')} <PublishedDate iso={release.date} className="font-medium text-stone-800" />
          </span>
          {release.updates.length > 0 && (
            <>
              <span aria-hidden="true">·</span>
              <a href="#updates" className="underline underline-offset-2 hover:text-sky-800">
                {t('updated')} <PublishedDate iso={lastModified(release)} className="font-medium text-stone-800" />
              </a>
            </>
          )}
          <span className="contents max-sm:hidden">{topics}</span>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-y border-stone-200 py-2.5 sm:gap-y-3 print:hidden">
          <PressKitButton pressKit={downloads.pressKit} />
          {!preview && (
            <ShareControls
              url={releaseUrl(locale, release.slug)}
              title={version.title}
              labels={{
                actions: tShare('actions'),
                share: tShare('share'),
                copyLink: tShare('copyLink'),
                copied: tShare('copied'),
                copyFailed: tShare('copyFailed'),
                x: tShare('x'),
                linkedin: tShare('linkedin'),
                facebook: tShare('facebook'),
                emailShare: tShare('emailShare'),
                newWindow: tShare('newWindow'),
              }}
            />
          )}
          {/* On a translation the notice under the header offers it, except on a phone. */}
          {hasSideBySide(release) && (
            <Link
              href={sideBySide}
              className={`text-sm font-medium text-sky-800 underline underline-offset-2 ${locale === originalLocale ? '' : 'sm:hidden'}`}
            >
              <span aria-hidden="true" className="me-1">
                ⇆
              </span>
              {tSideBySide('open')}
            </Link>
          )}
        </div>
      </header>
      {locale !== originalLocale && (
        <TranslationNotice original={addresses.page(originalLocale)} sideBySide={hasSideBySide(release) ? sideBySide : undefined} />
      )}
      <ReleaseBody
        lang={textLang}
        addresses={addresses}
        blocks={version.blocks}
        images={release.images}
        updated={blockUpdates(release)}
        stale={staleBlocks(version)}
      />
      {/* On a phone the topics follow the text: the header keeps to what comes before reading. */}
      {release.tags.length > 0 && <div className="flex flex-wrap items-center gap-x-2 sm:hidden print:hidden">{topics}</div>}
      <QuoteCopier
        source={{
          attribution: tQuote('attribution', {
            organisation: organizationName(newsroom, pageLocale),
            date: formatReleaseDate(pageLocale, release.date),
          }),
          permalink: releaseUrl(locale, release.slug),
          ...(locale !== originalLocale && {
            original: { label: tQuote('original'), permalink: releaseUrl(originalLocale, release.slug) },
          }),
        }}
        copyFailed={tQuote('copyFailed')}
      />
      {release.updates.length > 0 && <UpdateLog updates={updatesOf(release)} />}
      {boilerplate && <AboutOrganization organization={organizationName(newsroom, pageLocale)} text={boilerplate[pageLocale]} />}
      {release.contacts.length > 0 && <MediaContacts contacts={release.contacts} locale={pageLocale} />}
      <Downloads {...downloads} />
      <RelatedReleases releases={related} />
      <PrintPermalink url={releaseUrl(locale, release.slug)} locale={pageLocale} />
    </article>
  );
}
