import { Link } from '@/components/site/link';
import { useLocale, useTranslations } from 'next-intl';
import { blockUpdates, imageFileOf, staleBlocks, type BilingualRelease } from '@/lib/content/release';
import { ImageCaption, ReleaseFigure } from './release-figure';
import { StaleTranslationNotice } from './stale-translation-notice';
import { UpdateMarker } from './update-marker';
import { blockAnchor, blockNumber } from '@/lib/content/anchor';
import { absoluteUrl, publicAddresses, sideBySidePath, type ReleaseAddresses } from '@/lib/routes';
import { PrintMasthead, PrintPermalink } from './print-lines';
import { PublishedDate } from './published-date';
import type { Newsroom } from '@/lib/content/schema';

const cell = 'pair-cell min-w-0 rounded-sm px-3 py-2 md:px-4 md:py-3 print:px-4 print:py-1';
// Two columns from `md`, and on paper of any size.
const columns = 'grid grid-cols-1 md:grid-cols-2 md:gap-8 print:grid-cols-2 print:gap-6';
// Rows whose cells pad their text: pulled out by that padding, so the text lines up with the site header's.
const flush = 'md:-mx-4 print:-mx-4';

/**
 * Korean original and translation as rows of pairs: each row is its own grid, so the tops of
 * block N line up however long either side is. Below `md` the pair stacks, original first. The
 * page's box is the site header's, so the title starts where the newsroom's name does.
 */
type SideBySideProps = BilingualRelease & {
  newsroom: Newsroom;
  /** Where the reader finds the release's page and images: a preview's own, else the public ones. */
  addresses?: ReleaseAddresses;
};

export function SideBySide({
  release,
  original,
  translation,
  pairs,
  newsroom,
  addresses = publicAddresses(release.slug),
}: SideBySideProps) {
  const t = useTranslations('SideBySide');
  const locale = useLocale();
  const releasePage = addresses.page(locale);
  const updated = blockUpdates(release);
  const stale = staleBlocks(translation);
  const tag = 'mb-1 block text-xs font-semibold tracking-wide text-stone-600 md:hidden print:hidden';
  return (
    <article className="mx-auto max-w-[68rem]">
      <PrintMasthead newsroom={newsroom} locale={locale} />
      <header className="border-b border-stone-200 pb-6">
        <p className="text-sm font-semibold text-sky-800">{t('heading')}</p>
        <h1 className={`${columns} ${flush} mt-4 gap-3`}>
          <span lang={original.locale} className="block text-2xl leading-snug font-bold tracking-tight text-balance md:px-4 md:text-3xl">
            {original.title}
          </span>
          <span
            lang={translation.locale}
            className="block text-xl leading-snug font-semibold tracking-tight text-balance text-stone-800 md:px-4 md:text-2xl"
          >
            {translation.title}
          </span>
        </h1>
        <div className={`${columns} ${flush} mt-4 gap-3 text-sm leading-relaxed text-stone-700 md:text-base`}>
          {[original, translation].map((version) => (
            <ul key={version.locale} lang={version.locale} className="space-y-1 md:px-4">
              {version.subtitle.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ))}
        </div>
        <p className="mt-5 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 text-sm text-stone-600">
          <PublishedDate iso={release.date} />
          <Link href={releasePage} className="font-medium text-sky-800 underline underline-offset-2 print:hidden">
            {t('backToRelease')}
          </Link>
        </p>
      </header>

      <div
        className={[
          flush,
          'sticky top-0 z-10 hidden border-b border-stone-200 bg-white/95 py-2',
          'text-xs font-semibold tracking-wide text-stone-600 uppercase',
          'md:grid md:grid-cols-2 md:gap-8 print:static print:grid print:grid-cols-2 print:gap-6',
        ].join(' ')}
      >
        <p className="px-4">{t('originalColumn')}</p>
        <p className="px-4">{t('translationColumn')}</p>
      </div>

      <ol className={`side-by-side article-text ${flush} mt-4 space-y-3 md:mt-2 md:space-y-1 print:mt-2 print:space-y-1`}>
        {pairs.map((pair, index) => (
          <li
            key={index}
            id={blockAnchor(index)}
            className={`${columns} pair relative gap-1 rounded border border-stone-200 p-2 md:border-0 md:p-0 print:border-0 print:p-0`}
          >
            <a
              href={`#${blockAnchor(index)}`}
              aria-label={t('paragraphLink', { n: blockNumber(index) })}
              className={[
                'pair-link absolute -top-3 right-3 rounded bg-white px-1.5 text-xs text-stone-600 tabular-nums hover:text-sky-800',
                // From `md` and on paper, in the gap between the columns: a page's margin is no wider than the
                // page's padding on a tablet, and paper has none to spare.
                'md:top-3 md:right-auto md:left-1/2 md:-translate-x-1/2 md:bg-transparent',
                'print:top-1 print:right-auto print:left-1/2 print:-translate-x-1/2 print:no-underline',
              ].join(' ')}
            >
              ¶{blockNumber(index)}
            </a>
            <div lang={original.locale} className={cell}>
              <span className={tag} aria-hidden="true">
                {t('originalColumn')}
              </span>
              {pair.original.image ? (
                // The image once, beside both captions.
                <ReleaseFigure
                  media={addresses.media}
                  image={release.images[imageFileOf(pair.original.image)]!}
                  block={pair.original.image}
                  locale={original.locale}
                />
              ) : (
                // Sanitized by the content pipeline (lib/content/markdown.ts).
                <div className="release-body" dangerouslySetInnerHTML={{ __html: pair.original.html }} />
              )}
              {updated.has(index) && <UpdateMarker update={updated.get(index)!} page={releasePage} />}
            </div>
            <div lang={translation.locale} className={`${cell} border-t border-dashed border-stone-200 md:border-0 print:border-0`}>
              <span className={tag} aria-hidden="true">
                {t('translationColumn')}
              </span>
              {pair.translation.image ? (
                <p className="text-sm leading-relaxed text-stone-700">
                  <ImageCaption
                    image={release.images[imageFileOf(pair.translation.image)]!}
                    block={pair.translation.image}
                    locale={translation.locale}
                  />
                </p>
              ) : (
                <div className="release-body" dangerouslySetInnerHTML={{ __html: pair.translation.html }} />
              )}
              {stale.has(index) && <StaleTranslationNotice original={addresses.page(original.locale)} index={index} />}
            </div>
          </li>
        ))}
      </ol>
      <PrintPermalink url={absoluteUrl(locale, sideBySidePath(release.slug))} locale={locale} />
    </article>
  );
}
