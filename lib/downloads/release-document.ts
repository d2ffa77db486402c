import type { Locale } from 'next-intl';
import type { Block, ListItem } from '@/lib/content/markdown';
import { contactLine, organizationName } from '@/lib/content/newsroom';
import { blockAnchor } from '@/lib/content/anchor';
import { imageFileOf, noteIn, staleBlocks, updatesOf, type Release, type ReleaseVersion } from '@/lib/content/release';
import type { Newsroom } from '@/lib/content/schema';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { translatorFor } from '@/lib/i18n/messages';
import { originalLocale } from '@/lib/i18n/routing';
import { releaseUrl } from '@/lib/routes';

/** The head of a release in one language: what precedes the body. */
export type DocumentHead = { locale: Locale; title: string; subtitle: string[] };

/**
 * A release laid out for a file, independent of the file format: heads, the dateline (in the
 * first language), the body (in a bilingual file the languages alternate block by block), and
 * closing lines.
 */
export type ReleaseDocument = {
  release: Release;
  /** Who issued it, in the first language: the author of the file. */
  organization: string;
  heads: DocumentHead[];
  /** The dateline in each language of the file (a bilingual file dates the release in both). */
  datelines: { locale: Locale; text: string }[];
  /** For each translation in the file: that it is one, and that the original prevails (what the page says). */
  notices: { locale: Locale; text: string }[];
  /**
   * The blocks, their text as text formats read it (an image's caption with its credit, a list
   * marked and indented), and under a translated one whose original changed since, what the page
   * says under it (`stale`): the translation is being revised, and where the original is.
   */
  body: { locale: Locale; block: Block; stale?: string }[];
  /** Corrections since publication, newest first, each in the language its note is in. */
  updates: { locale: Locale; text: string }[];
  closing: ClosingLine[];
};

/** A labelled line after the body: the organisation's boilerplate, a media contact, the permalink. */
export type ClosingLine = { locale: Locale; kind: 'about' | 'contact' | 'permalink'; label: string; value: string };

/** `Label: value`, as the closing lines read in text formats. */
export const closingText = ({ label, value }: ClosingLine) => `${label}: ${value}`;

/** The closing lines of `release` in one language: boilerplate, contacts, permalink. */
export function closingOf(release: Release, newsroom: Newsroom, locale: Locale): ClosingLine[] {
  const t = translatorFor(locale, 'Release');
  const { boilerplate } = newsroom.organization;
  return [
    ...(boilerplate
      ? [
          {
            locale,
            kind: 'about' as const,
            label: t('about', { organisation: organizationName(newsroom, locale) }),
            value: boilerplate[locale],
          },
        ]
      : []),
    ...release.contacts.map((contact) => ({ locale, kind: 'contact' as const, label: t('contact'), value: contactLine(contact, locale) })),
    { locale, kind: 'permalink', label: t('permalink'), value: releaseUrl(locale, release.slug) },
  ];
}

/** A list item's mark in a file: its number, or a bullet. */
export const itemMark = (item: ListItem) => (item.number === undefined ? '•' : `${item.number}.`);

/**
 * A list as plain text: each item on a line of its own after its mark, a nested item, an item's
 * further lines and what continues it under the words of the item they belong to.
 */
function listText(items: ListItem[]): string {
  // Where the words of the latest item at each depth start.
  const columns: number[] = [];
  return items
    .map((item) => {
      const { depth } = item;
      // An item's first line opens with its mark, past its parent's words; a continuation has none.
      let marked: string | undefined;
      if (!item.continues) {
        marked = `${' '.repeat(depth === 0 ? 0 : columns[depth - 1]!)}${itemMark(item)} `;
        columns[depth] = marked.length;
      }
      const words = ' '.repeat(columns[depth]!);
      return (marked ?? words) + item.text.replaceAll('\n', `\n${words}`);
    })
    .join('\n');
}

/**
 * A block as text formats read it: an image as its caption and credit (`Caption (사진=LG이노텍)`), a
 * list marked and indented, each link followed by its address.
 */
function asText(release: Release, locale: Locale, written: Block): Block {
  // With its links' addresses, the text's emphasis stands elsewhere: the linked text's (none, if it has none).
  const block = written.linked ? { ...written, emphasis: undefined, ...written.linked } : written;
  if (block.items) return { ...block, text: listText(block.items) };
  if (!block.image) return block;
  return { ...block, text: `${block.text} (${release.images[imageFileOf(block.image)]!.credit[locale]})` };
}

/**
 * The release's corrections, newest first, as readers of `locale` get them on the page: a note not
 * yet translated in the original's words (and language).
 */
function updatesIn(release: Release, locale: Locale): ReleaseDocument['updates'] {
  const t = translatorFor(locale, 'ReleaseList');
  return updatesOf(release).map((update) => {
    const note = noteIn(update, locale);
    return { locale: note.locale, text: `${t('updated', { date: formatReleaseDate(locale, update.date) })}: ${note.text}` };
  });
}

/** Under a translated paragraph whose original changed since: the note the page shows, its link as its address. */
const staleNoteIn = (release: Release, locale: Locale, index: number) =>
  translatorFor(locale, 'Release').markup('staleTranslation', {
    original: (chunks) => `${chunks}: ${releaseUrl(originalLocale, release.slug)}#${blockAnchor(index)}`,
  });

/** That a file in `locale` is a translation and the original prevails, as the page says it. */
export const translationNoticeIn = (locale: Locale) =>
  translatorFor(locale, 'Release').markup('translationNotice', { original: (chunks) => chunks });

/** The dateline in one language: the organisation and the release date (LG이노텍 · 2022년 9월 21일). */
export const datelineOf = (release: Release, newsroom: Newsroom, locale: Locale) =>
  translatorFor(locale, 'Release')('dateline', {
    organisation: organizationName(newsroom, locale),
    date: formatReleaseDate(locale, release.date),
  });

/**
 * Lays out `release` in the given languages (one, or the original and its translation), with `lines`
 * first among the notices (a preview's).
 */
export function releaseDocument(
  release: Release,
  versions: ReleaseVersion[],
  newsroom: Newsroom,
  lines: (locale: Locale) => string[] = () => [],
): ReleaseDocument {
  const [first] = versions;
  if (!first) throw new Error(`${release.slug}: a document needs at least one language`);
  // Each version's stale blocks, once, not once a block.
  const stale = versions.map(staleBlocks);
  return {
    release,
    organization: organizationName(newsroom, first.locale),
    heads: versions.map(({ locale, title, subtitle }) => ({ locale, title, subtitle })),
    datelines: versions.map(({ locale }) => ({ locale, text: datelineOf(release, newsroom, locale) })),
    notices: versions.flatMap(({ locale }) =>
      [...lines(locale), ...(locale === originalLocale ? [] : [translationNoticeIn(locale)])].map((text) => ({ locale, text })),
    ),
    body: first.blocks.flatMap((_, index) =>
      versions.map((version, which) => ({
        locale: version.locale,
        block: asText(release, version.locale, version.blocks[index]!),
        ...(stale[which]!.has(index) && { stale: staleNoteIn(release, version.locale, index) }),
      })),
    ),
    updates: versions.flatMap((version) => updatesIn(release, version.locale)),
    closing: versions.flatMap((version) => closingOf(release, newsroom, version.locale)),
  };
}
