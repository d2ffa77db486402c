import { createTranslator, type Locale } from 'next-intl';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

/** UI strings by locale: the request config serves them to pages, lib code (downloads, feeds) reads them here. */
export const messages = { ko, en } satisfies Record<Locale, typeof ko>;

/** Translations outside React (route handlers, file builders). */
export const translatorFor = <N extends keyof typeof ko>(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: messages[locale], namespace });
