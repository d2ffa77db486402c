import { useTranslations } from 'next-intl';
import { ReleaseSection } from './release-section';

/** The organisation's boilerplate paragraph that closes every release. */
export function AboutOrganization({ organization, text }: { organization: string; text: string }) {
  const t = useTranslations('Release');
  return (
    <ReleaseSection id="about-heading" heading={t('about', { organisation: organization })}>
      <p className="mt-2 leading-relaxed text-stone-700">{text}</p>
    </ReleaseSection>
  );
}
