import { useFormatter, useTranslations } from 'next-intl';
import type { ReleaseDownloads } from '@/lib/downloads/catalog';
import { CopyTextButton } from '@/components/share/copy-text-button';
import { ReleaseSection } from '@/components/release/release-section';

/** Files of the release grouped by language, each with its format and size, the press kit, plus copy-to-clipboard. */
export function Downloads({ groups, pressKit, plainText }: ReleaseDownloads) {
  const t = useTranslations('Downloads');
  const tKit = useTranslations('PressKit');
  const format = useFormatter();
  const size = (bytes: number | undefined) => bytes !== undefined && <span className="text-stone-600">{t('size', { kb: format.number(bytes / 1024, { maximumFractionDigits: 1 }) })}</span>;
  return (
    <ReleaseSection id="downloads-heading" heading={t('heading')} className="print:hidden">
      <dl className="mt-3 space-y-3">
        {groups.map(({ languages, links }) => (
          <div key={languages} className="sm:flex sm:gap-4">
            <dt className="font-medium text-stone-700 sm:w-40 sm:shrink-0">{t(`languages.${languages}`)}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {links.map((link) => (
                  <li key={link.name}>
                    <a href={link.href} download={link.name} className="text-sky-800 underline underline-offset-2">
                      {t('format', { format: link.format })} (.{link.format})
                    </a>{' '}
                    {size(link.bytes)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
        <div className="sm:flex sm:gap-4">
          <dt className="font-medium text-stone-700 sm:w-40 sm:shrink-0">{tKit('label')}</dt>
          <dd>
            <a href={pressKit.href} download={pressKit.name} className="text-sky-800 underline underline-offset-2">
              {pressKit.name}
            </a>{' '}
            {size(pressKit.bytes)}
            <p className="mt-1 text-sm text-stone-600">{tKit('description')}</p>
          </dd>
        </div>
      </dl>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <CopyTextButton source={plainText} labels={{ copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed') }} />
      </div>
    </ReleaseSection>
  );
}
