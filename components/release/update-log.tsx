import { useLocale, useTranslations } from 'next-intl';
import { blockAnchor, blockIndex } from '@/lib/content/anchor';
import { noteIn, type PublishedUpdate } from '@/lib/content/release';
import { PublishedDate } from './published-date';
import { ReleaseSection } from './release-section';

/** Every correction, newest first, in the page's language (the Korean note until the translation has one). */
export function UpdateLog({ updates }: { updates: PublishedUpdate[] }) {
  const t = useTranslations('Release');
  const locale = useLocale();
  return (
    <ReleaseSection id="updates" heading={t('updates')}>
      <ol className="mt-3 space-y-3">
        {updates.map((update) => {
          const note = noteIn(update, locale);
          return (
            <li key={update.id} id={update.id} className="scroll-mt-6">
              <PublishedDate iso={update.date} className="font-medium text-stone-800" />
              <p lang={note.locale} className="mt-1 leading-relaxed text-stone-700">
                {note.text}
              </p>
              {update.blocks.length > 0 && (
                <p className="mt-1 text-stone-600">
                  {t('updateBlocks')}:{' '}
                  {update.blocks.map((block, position) => (
                    <span key={block}>
                      {position > 0 && ', '}
                      <a href={`#${blockAnchor(blockIndex(block))}`} className="text-sky-800 underline underline-offset-2">
                        {t('paragraph', { n: block })}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </ReleaseSection>
  );
}
