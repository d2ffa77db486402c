import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/og-card';
import { getReadableRelease, getReleases } from '@/lib/content/loader';
import { formatReleaseDate, translatorFor } from '@/lib/i18n/messages';
import { readLocaleParam } from '@/lib/i18n/locale-param';
import { routing } from '@/lib/i18n/routing';
import { ogFonts } from '@/lib/og/fonts';

// Image routes get no parent params at build time, so this lists every locale and slug itself,
// like the page: an untranslated release shows its original title.
export async function generateStaticParams() {
  const releases = await getReleases();
  return routing.locales.flatMap((locale) => releases.map((release) => ({ locale, slug: release.slug })));
}

export const dynamicParams = false;
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Press release';

export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await readLocaleParam(params);
  const entry = await getReadableRelease((await params).slug, locale);
  if (!entry) notFound();
  return new ImageResponse(
    <OgCard label={translatorFor(locale, 'OgImage')('label')} company={entry.release.company} title={entry.version.title} date={formatReleaseDate(locale, entry.release.date)} />,
    { ...size, fonts: await ogFonts() },
  );
}
