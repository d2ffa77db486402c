import type { Locale } from 'next-intl';
import type { Block } from '@/lib/content/markdown';
import type { Release, ReleaseVersion } from '@/lib/content/release';
import { formatReleaseDate, translatorFor } from '@/lib/i18n/messages';
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
  heads: DocumentHead[];
  dateline: { locale: Locale; text: string };
  body: { locale: Locale; block: Block }[];
  closing: ClosingLine[];
};

/** A labelled line after the body: the media contact, the permalink. */
export type ClosingLine = { locale: Locale; kind: 'contact' | 'permalink'; label: string; value: string };

/** `Label: value`, as the closing lines read in text formats. */
export const closingText = ({ label, value }: ClosingLine) => `${label}: ${value}`;

function closingOf(release: Release, locale: Locale): ClosingLine[] {
  const t = translatorFor(locale, 'Release');
  const { contact } = release;
  const permalink: ClosingLine = { locale, kind: 'permalink', label: t('permalink'), value: releaseUrl(locale, release.slug) };
  if (!contact) return [permalink];
  const value = [contact.name, contact.email, contact.phone].filter(Boolean).join(', ');
  return [{ locale, kind: 'contact', label: t('contact'), value }, permalink];
}

/** Lays out `release` in the given languages (one, or the original and its translation). */
export function releaseDocument(release: Release, versions: ReleaseVersion[]): ReleaseDocument {
  const [first] = versions;
  if (!first) throw new Error(`${release.slug}: a document needs at least one language`);
  const published = translatorFor(first.locale, 'Release')('published');
  return {
    release,
    heads: versions.map(({ locale, title, subtitle }) => ({ locale, title, subtitle })),
    dateline: { locale: first.locale, text: `${published} ${formatReleaseDate(first.locale, release.date)}` },
    body: first.blocks.flatMap((_, index) => versions.map((version) => ({ locale: version.locale, block: version.blocks[index]! }))),
    closing: versions.flatMap((version) => closingOf(release, version.locale)),
  };
}
