import { notFound } from 'next/navigation';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { getRelease } from './store';
import { readable, type ReadableRelease } from './release';

/** The release a `[locale]/releases/[slug]` route names, for readers of that locale; a 404 for an unknown locale or slug. */
export async function readReleaseParams(params: PageProps<'/[locale]/releases/[slug]'>['params']): Promise<ReadableRelease> {
  const locale = await readLocaleParam(params);
  const release = await getRelease((await params).slug);
  if (!release) notFound();
  return readable(release, locale);
}
