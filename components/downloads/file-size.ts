import { useFormatter, useTranslations } from 'next-intl';

/** A file's size as the downloads say it ("171 KB"), or `undefined` when it is not known (a release not rendered ahead). */
export function useFileSize() {
  const t = useTranslations('Downloads');
  const format = useFormatter();
  return (bytes: number | undefined) =>
    bytes === undefined ? undefined : t('size', { kb: format.number(bytes / 1024, { maximumFractionDigits: 1 }) });
}
