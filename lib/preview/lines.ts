import type { Locale } from 'next-intl';
import { formatEmbargoMoment } from '@/lib/i18n/formats';
import { translatorFor } from '@/lib/i18n/messages';

/** Whom a preview was made for, and the embargo it is under. */
export type PreviewNote = { recipient: string; embargo: string };

/** What a preview says at its top, on the page and in every file: the embargo, then whom it was prepared for. */
export function previewLines({ recipient, embargo }: PreviewNote, locale: Locale): [string, string] {
  const t = translatorFor(locale, 'Preview');
  return [t('banner', { moment: formatEmbargoMoment(locale, embargo) }), t('preparedFor', { recipient })];
}
