import { useTranslations } from 'next-intl';
import type { Release } from '@/lib/content/release';
import { ReleaseSection } from './release-section';

export function MediaContact({ contact }: { contact: NonNullable<Release['contact']> }) {
  const t = useTranslations('Release');
  return (
    <ReleaseSection id="contact-heading" heading={t('contact')}>
      <p className="mt-2 text-stone-700">
        {contact.name}
        {contact.email && (
          <>
            {' · '}
            <a href={`mailto:${contact.email}`} className="text-sky-800 underline underline-offset-2">
              {contact.email}
            </a>
          </>
        )}
        {contact.phone && ` · ${contact.phone}`}
      </p>
    </ReleaseSection>
  );
}
