import { useTranslations } from 'next-intl';
import type { ListedRelease } from '@/lib/content/release';
import { CompactReleaseList } from '@/components/listing/compact-release-list';
import { ReleaseSection } from './release-section';

/** Up to three releases that share a tag with this one, newest first. */
export function RelatedReleases({ releases }: { releases: ListedRelease[] }) {
  const t = useTranslations('ReleaseList');
  if (releases.length === 0) return null;
  return (
    <ReleaseSection id="related-heading" heading={t('related')} className="print:hidden">
      <CompactReleaseList releases={releases} />
    </ReleaseSection>
  );
}
