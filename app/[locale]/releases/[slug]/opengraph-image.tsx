import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/og-card';
import { getReleases } from '@/lib/content/queries';
import { readReleaseParams } from '@/lib/content/route-params';
import { ogFonts } from '@/lib/discovery/og-fonts';
import { formatReleaseDate, translatorFor } from '@/lib/i18n/messages';
import { routing } from '@/lib/i18n/routing';

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

export default async function OpenGraphImage({ params }: PageProps<'/[locale]/releases/[slug]'>) {
  const { release, version, locale } = await readReleaseParams(params);
  return new ImageResponse(
    <OgCard label={translatorFor(locale, 'OgImage')('label')} company={release.company} title={version.title} date={formatReleaseDate(locale, release.date)} />,
    { ...size, fonts: await ogFonts() },
  );
}
