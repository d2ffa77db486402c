import type { Locale } from 'next-intl';
import type { originalLocale, TranslationLocale } from '@/lib/i18n/routing';

/** The file formats journalists can download, with the media types they are served as. */
export const downloadFormats = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
} as const;

export type DownloadFormat = keyof typeof downloadFormats;

/** The languages inside a file, as its name spells them: one language, or the original and its translation. */
export type DownloadLanguages = Locale | `${typeof originalLocale}-${TranslationLocale}`;
