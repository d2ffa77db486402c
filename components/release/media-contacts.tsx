import { useTranslations, type Locale } from 'next-intl';
import { phoneHref } from '@/lib/content/newsroom';
import type { Contact } from '@/lib/content/schema';
import { ReleaseSection } from './release-section';

const link = 'text-sky-800 underline underline-offset-2';

/** Who answers journalists' questions, in the page's language: name, role, email and phone as links. */
export function MediaContacts({ contacts, locale }: { contacts: Contact[]; locale: Locale }) {
  const t = useTranslations('Release');
  return (
    <ReleaseSection id="contact-heading" heading={t('contact')}>
      <ul className="mt-2 space-y-3 text-stone-700">
        {contacts.map((contact) => (
          <li key={contact.name[locale]}>
            <p>
              <span className="font-medium text-stone-900">{contact.name[locale]}</span>, {contact.role[locale]}
            </p>
            <p className="flex flex-wrap gap-x-4">
              {contact.email && (
                <a href={`mailto:${contact.email}`} className={link}>
                  {contact.email}
                </a>
              )}
              {contact.phone && (
                <a href={phoneHref(contact.phone)} className={link}>
                  {contact.phone}
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
    </ReleaseSection>
  );
}
