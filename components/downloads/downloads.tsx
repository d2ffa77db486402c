import { useTranslations } from 'next-intl';
import type { ReleaseDownloads } from '@/lib/downloads/catalog';
import { CopyTextButton } from '@/components/share/copy-text-button';
import { ReleaseSection } from '@/components/release/release-section';
import { useFileSize } from './file-size';
import { PressKitButton } from './press-kit-button';

/**
 * The release's files as a choice: the press kit first (everything in one file), then each
 * language's formats with their sizes, and the text to copy. Each link is named for what the
 * file is ("보도자료 키트 다운로드 (ZIP, 171 KB)"), never by its file name.
 */
export function Downloads({ groups, pressKit, plainText }: ReleaseDownloads) {
  const t = useTranslations('Downloads');
  const tKit = useTranslations('PressKit');
  const size = useFileSize();
  return (
    <ReleaseSection id="downloads-heading" heading={t('heading')} className="print:hidden">
      <div className="mt-3 rounded-md border border-stone-200 bg-stone-50 p-4">
        <PressKitButton pressKit={pressKit} />
        <p className="mt-2 text-sm text-stone-600">{tKit('description', { languages: pressKit.languages, images: pressKit.images })}</p>
      </div>
      {/* Past a phone's width, one column of labels as wide as the longest ("Korean and English"), so
          every group's links start at the same x however its label or links wrap. */}
      <dl className="mt-4 divide-y divide-stone-200 sm:grid sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        {groups.map(({ languages, links }) => (
          <div key={languages} className="py-2 sm:col-span-2 sm:grid sm:grid-cols-subgrid sm:items-baseline">
            <dt className="text-sm font-bold text-stone-800">{t(`languages.${languages}`)}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {links.map((link) => (
                  <li key={link.name}>
                    <a
                      href={link.href}
                      download={link.name}
                      className="font-medium text-sky-800 underline underline-offset-2"
                      aria-label={t('fileName', {
                        languages: t(`languages.${languages}`),
                        format: t('formatInSentence', { format: link.format }),
                        size: size(link.bytes) ?? 'none',
                      })}
                    >
                      {t('format', { format: link.format })}
                    </a>
                    {link.bytes !== undefined && <span className="ms-1 text-stone-600">{size(link.bytes)}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-3">
        <CopyTextButton source={plainText} labels={{ copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed') }} />
      </div>
    </ReleaseSection>
  );
}
