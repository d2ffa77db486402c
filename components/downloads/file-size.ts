import { useFormatter, useTranslations } from 'next-intl';

const MEGABYTE = 1024 * 1024;
const ONE_DECIMAL = { maximumFractionDigits: 1 };

/**
 * A file's size as the page says it wherever it offers one, downloads and images alike ("171.3 KB",
 * "2.3 MB"); `undefined` when it is not known (a release not rendered ahead).
 */
export function useFileSize() {
  const t = useTranslations('Downloads');
  const format = useFormatter();
  function size(bytes: number): string;
  function size(bytes: number | undefined): string | undefined;
  function size(bytes: number | undefined) {
    if (bytes === undefined) return undefined;
    return bytes < MEGABYTE
      ? t('size', { kb: format.number(bytes / 1024, ONE_DECIMAL) })
      : t('sizeMb', { mb: format.number(bytes / MEGABYTE, ONE_DECIMAL) });
  }
  return size;
}
