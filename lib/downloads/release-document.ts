import type { Release, ReleaseVersion } from '@/lib/content/loader';
import type { Block } from '@/lib/content/markdown';
import { formatReleaseDate, translatorFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { releasePath } from '@/lib/routes';
import { absoluteUrl } from '@/lib/urls';

/** The head of a release in one language: what precedes the body. */
export type DocumentHead = { locale: Locale; title: string; subtitle: string[]; dateline: string };

/**
 * A release laid out for a file, independent of the file format: heads, the body (in a
 * bilingual file the languages alternate block by block), and closing lines.
 */
export type ReleaseDocument = {
  release: Release;
  versions: ReleaseVersion[];
  heads: DocumentHead[];
  body: { locale: Locale; block: Block }[];
  closing: ClosingLine[];
};

/** A labelled line after the body: the media contact, the permalink. */
export type ClosingLine = { locale: Locale; kind: 'contact' | 'permalink'; label: string; value: string };

/** `Label: value`, as the closing lines read in text formats. */
export const closingText = ({ label, value }: ClosingLine) => `${label}: ${value}`;

function headOf(release: Release, version: ReleaseVersion): DocumentHead {
  const t = translatorFor(version.locale, 'Release');
  const dateline = `${t('published')} ${formatReleaseDate(version.locale, release.date)}`;
  return { locale: version.locale, title: version.title, subtitle: version.subtitle, dateline };
}

function closingOf(release: Release, locale: Locale): ClosingLine[] {
  const t = translatorFor(locale, 'Release');
  const { contact } = release;
  const permalink: ClosingLine = { locale, kind: 'permalink', label: t('permalink'), value: absoluteUrl(locale, releasePath(release.slug)) };
  if (!contact) return [permalink];
  const value = [contact.name, contact.email, contact.phone].filter(Boolean).join(', ');
  return [{ locale, kind: 'contact', label: t('contact'), value }, permalink];
}

/** Lays out `release` in the given languages (one, or the original and its translation). */
export function releaseDocument(release: Release, versions: ReleaseVersion[]): ReleaseDocument {
  const [first] = versions;
  if (!first) throw new Error(`${release.slug}: a document needs at least one language`);
  return {
    release,
    versions,
    heads: versions.map((version) => headOf(release, version)),
    body: first.blocks.flatMap((_, index) =>
      versions.map((version) => ({ locale: version.locale, block: version.blocks[index]! })),
    ),
    closing: versions.flatMap((version) => closingOf(release, version.locale)),
  };
}
