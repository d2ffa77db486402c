import { useTranslations } from 'next-intl';
import type { DownloadLink } from '@/lib/downloads/catalog';
import { useFileSize } from './file-size';

/** The press kit as the page's primary action, named for what it is, with its size. */
export function PressKitButton({ pressKit }: { pressKit: DownloadLink }) {
  const t = useTranslations('Downloads');
  const size = useFileSize()(pressKit.bytes);
  return (
    <a href={pressKit.href} download={pressKit.name} className="button-primary" aria-label={t('pressKitName', { size: size ?? 'none' })}>
      {t('pressKitButton')}
      <span className="text-xs font-normal opacity-80">ZIP{size && ` · ${size}`}</span>
    </a>
  );
}
