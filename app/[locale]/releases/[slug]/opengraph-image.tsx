import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/share/og-card';
import { organizationName } from '@/lib/content/newsroom';
import { cachedRender } from '@/lib/build-cache';
import { getNewsroom, getPrerenderedReleases, getRenderCode } from '@/lib/content';
import { readReleaseParams } from '@/lib/content';
import { shareImageSize } from '@/lib/discovery/metadata';
import { drawableText, ogFonts } from '@/lib/discovery/og-fonts';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { translatorFor } from '@/lib/i18n/messages';
import { routing } from '@/lib/i18n/routing';
import { releasePath } from '@/lib/routes';

// Image routes get no parent params at build time, so this lists every locale and slug itself,
// like the page (the newest releases; the rest on their first request): an untranslated release
// shows its original title.
export async function generateStaticParams() {
  const releases = await getPrerenderedReleases();
  return routing.locales.flatMap((locale) => releases.map((release) => ({ locale, slug: release.slug })));
}

export const revalidate = false;
// The [locale] layout allows only ko and en; below it, params the build did not render are rendered on request.
export const dynamicParams = true;
export const size = shareImageSize;
export const contentType = 'image/png';

export default async function OpenGraphImage({ params }: PageProps<'/[locale]/releases/[slug]'>) {
  const { release, version, locale } = await readReleaseParams(params, (slug) => `${releasePath(slug)}/opengraph-image`);
  const organization = organizationName(await getNewsroom(), locale);
  // Drawn once per release, language and code: a build after a correction draws only that release's.
  const png = await cachedRender(`share-image:${await getRenderCode()}:${release.hash}:${locale}`, async () => {
    const title = await drawableText(version.title);
    if (title.dropped.length)
      console.warn(`share image of releases/${release.slug} (${locale}): left out characters the font lacks: ${title.dropped.join(' ')}`);
    const image = new ImageResponse(
      <OgCard
        label={translatorFor(locale, 'OgImage')('label')}
        organization={organization}
        title={title.text}
        date={formatReleaseDate(locale, release.date)}
      />,
      { ...size, fonts: await ogFonts() },
    );
    return new Uint8Array(await image.arrayBuffer());
  });
  return new Response(Buffer.from(png), { headers: { 'Content-Type': contentType } });
}
