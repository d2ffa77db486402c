import '../globals.css';
import type { Locale } from 'next-intl';
import { notFound } from 'next/navigation';
import { getRelease, getReleases } from '@/lib/content';
import { readableVersion } from '@/lib/content/release';

/**
 * The floor with the newest release's text on it (scripts/bench, /bench-floor-ko and -en): the same
 * framework, the site's CSS and its Hangul fallback face, the headline and every paragraph as the
 * release page sets them, and nothing else of the site (no header, footer, downloads or client
 * components). What it blocks beyond the floor is what this engine costs to lay that text out,
 * whoever's page holds it.
 */
export async function TextFloor({ locale }: { locale: Locale }) {
  const [newest] = await getReleases();
  const release = newest && (await getRelease(newest.slug));
  if (!release) notFound();
  const { title, blocks } = readableVersion(release, locale);
  return (
    <main lang={locale} className="mx-auto max-w-6xl px-5 py-8 font-sans text-stone-900 sm:px-8">
      <article className="release-article mx-auto max-w-measure">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <div className="release-body article-text mt-8">
          {blocks.map((block, index) => (
            <div key={index} className="release-block" dangerouslySetInnerHTML={{ __html: block.html }} />
          ))}
        </div>
      </article>
    </main>
  );
}
