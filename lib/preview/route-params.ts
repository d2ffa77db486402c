import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { bilingualOf, readable, type ReadableRelease } from '@/lib/content/release';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { localePath, releasePath } from '@/lib/routes';
import { openPreview, type PreviewNote } from './index';

/** What a `[locale]/preview/[token]` page shows: the release for readers of that locale, its note and token. */
export type PreviewParams = ReadableRelease & { note: PreviewNote; token: string };

/**
 * The preview a `[locale]/preview/[token]` route names: a 404 (as for an unknown page) for a token
 * that opens nothing, and once the release is public a 308 to `view` (the route's public path) of it.
 */
export async function readPreviewParams(
  params: PageProps<'/[locale]/preview/[token]'>['params'],
  view: (slug: string) => string = releasePath,
): Promise<PreviewParams> {
  const locale = await readLocaleParam(params);
  const { token } = await params;
  const preview = await openPreview(token);
  if (!preview) notFound();
  if ('published' in preview) permanentRedirect(localePath(locale, view(preview.published)));
  return { ...readable(preview.release, locale), note: preview.note, token };
}

/** A preview's head: its title, kept out of search engines, no Referer onward, and no card for sharing (none is made). */
export async function previewMetadata(
  params: PageProps<'/[locale]/preview/[token]'>['params'],
  view: (slug: string) => string = releasePath,
): Promise<Metadata> {
  const { locale, version } = await readPreviewParams(params, view);
  const t = await getTranslations({ locale, namespace: 'Preview' });
  return { title: t('title', { title: version.title }), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * Whether `/{locale}/preview/{token}` opens a preview now, or leads to its public release (with
 * `bilingual`, for its side-by-side view, one with its translation): what readPreviewParams finds.
 */
export async function previewAddressExists(token: string, bilingual = false): Promise<boolean> {
  const preview = await openPreview(token);
  if (!preview) return false;
  return 'published' in preview || !bilingual || bilingualOf(preview.release) !== undefined;
}
