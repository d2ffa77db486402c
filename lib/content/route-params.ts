import { notFound, permanentRedirect } from 'next/navigation';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { localePath, releasePath } from '@/lib/routes';
import { getRelease, getReleaseSummary, getRenamedSlug } from './store';
import { hasSideBySide, readable, type ReadableRelease } from './release';

/**
 * The release a `[locale]/releases/[slug]` route names, for readers of that locale; a 404 for an
 * unknown locale or slug. An old slug of a release renamed under embargo, once it is public,
 * redirects to `view` (the route's path) of its new one: the build's redirects (next.config.ts)
 * know only the releases public when it ran.
 */
export async function readReleaseParams(
  params: PageProps<'/[locale]/releases/[slug]'>['params'],
  view: (slug: string) => string = releasePath,
): Promise<ReadableRelease> {
  const locale = await readLocaleParam(params);
  const { slug } = await params;
  const release = await getRelease(slug);
  if (release) return readable(release, locale);
  const renamed = await getRenamedSlug(slug);
  if (renamed) permanentRedirect(localePath(locale, view(renamed)));
  notFound();
}

/**
 * Whether `/{locale}/releases/{slug}` names a release readers may see now (its side-by-side view,
 * with `bilingual`, one with its translation), or one renamed from `slug` (its pages redirect):
 * what readReleaseParams finds, asked of the content index alone.
 */
export async function releaseAddressExists(slug: string, bilingual = false): Promise<boolean> {
  const summary = await getReleaseSummary(slug);
  if (summary) return !bilingual || hasSideBySide(summary);
  return (await getRenamedSlug(slug)) !== undefined;
}
