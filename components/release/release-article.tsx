import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { organizationName } from '@/lib/content/newsroom';
import { blockUpdates, hasSideBySide, lastModified, staleBlocks, updatesOf, type ListedRelease, type LocalizedRelease } from '@/lib/content/release';
import type { Newsroom } from '@/lib/content/schema';
import type { ReleaseDownloads } from '@/lib/downloads/catalog';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { originalLocale } from '@/lib/i18n/routing';
import { localePath, releaseUrl, sideBySidePath } from '@/lib/routes';
import { AboutOrganization } from './about-organization';
import { Downloads } from '@/components/downloads/downloads';
import { MediaContacts } from './media-contacts';
import { PublishedDate } from './published-date';
import { ReleaseSection } from './release-section';
import { ShareControls } from '@/components/share/share-controls';
import { ReleaseBody } from './release-body';
import { TranslationNotice } from './translation-notice';
import { QuoteCopier } from './quote-copier';
import { RelatedReleases } from './related-releases';
import { TagLinks } from './tag-links';
import { UpdateLog } from './update-log';

type ReleaseArticleProps = LocalizedRelease & { newsroom: Newsroom; downloads: ReleaseDownloads; related: ListedRelease[] };

export function ReleaseArticle({ release, version, newsroom, downloads, related }: ReleaseArticleProps) {
  const t = useTranslations('Release');
  const tSideBySide = useTranslations('SideBySide');
  const tShare = useTranslations('Share');
  const tQuote = useTranslations('Quote');
  const { locale } = version;
  const { stockCode, boilerplate } = newsroom.organization;
  return (
    <article lang={locale} className="mx-auto max-w-measure">
      <header>
        <p className="text-sm font-semibold tracking-wide text-sky-800">
          {organizationName(newsroom, locale)}
          {stockCode && <span className="font-normal text-stone-600"> · {t('stockCode', { code: stockCode })}</span>}
        </p>
        <h1 className="mt-3 text-[1.75rem] leading-tight font-bold tracking-tight text-balance sm:text-4xl sm:leading-tight">
          {version.title}
        </h1>
        {version.subtitle.length > 0 && (
          <ul className="mt-5 space-y-1.5 border-s-4 border-stone-300 ps-4 text-base leading-relaxed font-medium text-stone-700 sm:text-lg">
            {version.subtitle.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <p className="mt-6 text-sm text-stone-600">
          {t('published')} <PublishedDate iso={release.date} className="font-medium text-stone-800" />
          {release.updates.length > 0 && (
            <>
              {' · '}
              <a href="#updates" className="underline underline-offset-2 hover:text-sky-800">
                {t('updated')} <PublishedDate iso={lastModified(release)} className="font-medium text-stone-800" />
              </a>
            </>
          )}
        </p>
      </header>
      {locale !== originalLocale && <TranslationNotice slug={release.slug} />}
      {hasSideBySide(release) && (
        <p className="mt-6 print:hidden">
          <Link href={localePath(locale, sideBySidePath(release.slug))} className="inline-flex items-center gap-2 font-medium text-sky-800 underline underline-offset-2">
            <span aria-hidden="true">⇆</span>
            {tSideBySide('open')}
          </Link>
        </p>
      )}
      <ReleaseBody slug={release.slug} blocks={version.blocks} images={release.images} updated={blockUpdates(release)} stale={staleBlocks(version)} />
      <QuoteCopier
        source={{
          attribution: tQuote('attribution', { organisation: organizationName(newsroom, locale), date: formatReleaseDate(locale, release.date) }),
          permalink: releaseUrl(locale, release.slug),
          ...(locale !== originalLocale && { original: { label: tQuote('original'), permalink: releaseUrl(originalLocale, release.slug) } }),
          labels: { copied: tQuote.raw('copied'), copyFailed: tQuote('copyFailed') },
        }}
      />
      <TagLinks tags={release.tags} labels={newsroom.tags} />
      {release.updates.length > 0 && <UpdateLog updates={updatesOf(release)} />}
      {boilerplate && <AboutOrganization organization={organizationName(newsroom, locale)} text={boilerplate[locale]} />}
      {release.contacts.length > 0 && <MediaContacts contacts={release.contacts} locale={locale} />}
      <ReleaseSection id="share-heading" heading={tShare('heading')} className="print:hidden">
        <ShareControls
          url={releaseUrl(locale, release.slug)}
          title={version.title}
          labels={{ share: tShare('share'), copyLink: tShare('copyLink'), copied: tShare('copied'), copyFailed: tShare('copyFailed'), email: tShare('email'), newWindow: tShare('newWindow') }}
        />
      </ReleaseSection>
      <Downloads {...downloads} />
      <RelatedReleases releases={related} />
    </article>
  );
}
