import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ListedRelease } from '@/lib/content/release';
import { localePath, releasePath } from '@/lib/routes';
import { PublishedDate } from './published-date';
import { ReleaseSection } from './release-section';

/** Up to three releases that share a tag with this one, newest first. */
export function RelatedReleases({ releases }: { releases: ListedRelease[] }) {
  const t = useTranslations('ReleaseList');
  if (releases.length === 0) return null;
  return (
    <ReleaseSection id="related-heading" heading={t('related')} className="print:hidden">
      <ul className="mt-3 space-y-3">
        {releases.map(({ release, version }) => (
          <li key={release.slug}>
            <Link href={localePath(version.locale, releasePath(release.slug))} lang={version.locale} className="font-medium text-sky-800 underline underline-offset-2">
              {version.title}
            </Link>
            <br />
            <PublishedDate iso={release.date} className="text-stone-600" />
          </li>
        ))}
      </ul>
    </ReleaseSection>
  );
}
