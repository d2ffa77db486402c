import { useTranslations, type Locale } from 'next-intl';
import { ContactList } from '@/components/site/contact-list';
import type { Contact } from '@/lib/content/schema';
import { ReleaseSection } from './release-section';

/** Who answers journalists' questions about this release, in the page's language. */
export function MediaContacts({ contacts, locale }: { contacts: Contact[]; locale: Locale }) {
  const t = useTranslations('Release');
  return (
    <ReleaseSection id="contact-heading" heading={t('contact')}>
      <ContactList contacts={contacts} locale={locale} className="mt-2" />
    </ReleaseSection>
  );
}
