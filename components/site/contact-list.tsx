import type { Locale } from 'next-intl';
import { phoneHref } from '@/lib/content/newsroom';
import type { Contact } from '@/lib/content/schema';

const link = 'text-sky-800 underline underline-offset-2';

/** Media contacts in `locale`: name and role, then email and phone as links (a release's own, or the newsroom's in the footer). */
export function ContactList({ contacts, locale, className = '' }: { contacts: Contact[]; locale: Locale; className?: string }) {
  return (
    <ul className={`space-y-3 text-stone-700 ${className}`}>
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
  );
}
