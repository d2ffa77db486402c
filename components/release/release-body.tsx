import { useTranslations, type Locale } from 'next-intl';
import { blockAnchor, blockNumber } from '@/lib/content/anchor';
import type { Block } from '@/lib/content/markdown';
import { imageFileOf, type PublishedUpdate, type ReleaseImage } from '@/lib/content/release';
import { originalLocale } from '@/lib/i18n/routing';
import type { ReleaseAddresses } from '@/lib/routes';
import { ReleaseFigure } from './release-figure';
import { StaleTranslationNotice } from './stale-translation-notice';
import { UpdateMarker } from './update-marker';

type ReleaseBodyProps = {
  /** The text's language where the page's is another (a preview of a release not yet translated). */
  lang?: Locale;
  /** Where the reader finds the release's images and its original. */
  addresses: ReleaseAddresses;
  blocks: Block[];
  images: Record<string, ReleaseImage>;
  /** The latest update of each corrected block, by index. */
  updated: Map<number, PublishedUpdate>;
  /** Indexes of translated blocks whose original changed since. */
  stale: Set<number>;
};

/** The release text, one anchored element per block: `#p-N` is the same block in every language. */
export function ReleaseBody({ lang, addresses, blocks, images, updated, stale }: ReleaseBodyProps) {
  const t = useTranslations('Quote');
  return (
    <div lang={lang} className="release-body article-text mt-8 sm:mt-10">
      {blocks.map((block, index) => {
        const update = updated.get(index);
        // The paragraph's number as readers count it, and as its buttons and their words name it.
        const n = blockNumber(index);
        return (
          <div key={index} id={blockAnchor(index)} className="release-block">
            {block.image ? (
              <div className="block-text">
                <ReleaseFigure media={addresses.media} image={images[imageFileOf(block.image)]!} block={block.image} />
              </div>
            ) : (
              // Sanitized by the content pipeline (lib/content/markdown.ts).
              <div className="block-text" dangerouslySetInnerHTML={{ __html: block.html }} />
            )}
            {!block.image && (
              <div className="quote-actions">
                <button
                  type="button"
                  data-quote={n}
                  data-confirmation={t('copied', { n })}
                  aria-label={t('label', { n })}
                  className="quote-button"
                >
                  {t('copy')}
                </button>
                <button
                  type="button"
                  data-paragraph-link={n}
                  data-confirmation={t('linkCopied', { n })}
                  aria-label={t('linkLabel', { n })}
                  className="quote-button link-button"
                >
                  {t('link')}
                </button>
              </div>
            )}
            {(update || stale.has(index)) && (
              <div className="block-notes">
                {update && <UpdateMarker update={update} />}
                {stale.has(index) && <StaleTranslationNotice original={addresses.page(originalLocale)} index={index} />}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
