import type { Locale } from 'next-intl';
import type { Contact, Newsroom } from './schema';

/** The newsroom's name as its readers see it in `locale`, with the organisation's: "LG Innotek Press Center". */
export const siteName = (newsroom: Newsroom, locale: Locale) => `${newsroom.organization.name[locale]} ${newsroom.name[locale]}`;

/** The organisation as readers of `locale` name it. */
export const organizationName = (newsroom: Newsroom, locale: Locale) => newsroom.organization.name[locale];

/** A contact in one language: "Name (Role), email, phone", as text formats print it. */
export const contactLine = (contact: Contact, locale: Locale) =>
  [`${contact.name[locale]} (${contact.role[locale]})`, contact.email, contact.phone].filter(Boolean).join(', ');

/** A topic (a tag of newsroom.yml) as readers of one language see it. */
export type Topic = { tag: string; label: string };

/** Every topic of the newsroom, in the order newsroom.yml lists them, labelled for readers of `locale`. */
export const topicsOf = (newsroom: Newsroom, locale: Locale): Topic[] =>
  Object.entries(newsroom.tags).map(([tag, label]) => ({ tag, label: label[locale] }));

/** A phone number as a `tel:` link dials it: digits and a leading +, nothing else. */
export const phoneHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;
