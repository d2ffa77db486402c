import { ContactList } from '@/components/site/contact-list';
import { Link } from '@/components/site/link';
import type { ReactNode } from 'react';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { organizationName, topicsOf } from '@/lib/content/newsroom';
import type { Newsroom } from '@/lib/content/schema';
import { feedPath, localePath, searchPath, tagPath } from '@/lib/routes';

const link = 'text-sky-800 underline underline-offset-2';
const heading = 'text-xs font-bold tracking-wide text-stone-600 uppercase';

/**
 * What a reader looks for at the end of any page: who publishes the newsroom and its website,
 * the topics, the feed and search, the other language, and the media contacts and boilerplate
 * when newsroom.yml has them, in the language `locale` names (the site-wide 404 holds one footer
 * per language). Its parts are headed blocks, not landmarks: the release's own contact section
 * keeps its name unique.
 */
export async function SiteFooter({ locale, newsroom, languageLinks }: { locale: Locale; newsroom: Newsroom; languageLinks: ReactNode }) {
  const [t, release, feed] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Release' }),
    getTranslations({ locale, namespace: 'Feed' }),
  ]);
  const organization = organizationName(newsroom, locale);
  const topics = topicsOf(newsroom, locale);
  return (
    <footer className="mt-8 border-t border-stone-200 bg-stone-50 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-5 py-10 text-sm sm:grid-cols-2 sm:px-8 lg:grid-cols-4">
        <div>
          <h2 className="text-base font-bold text-stone-900">{organization}</h2>
          <p className="mt-2 leading-relaxed text-stone-700">
            {newsroom.organization.boilerplate?.[locale] ?? t('description', { organisation: organization })}
          </p>
          <div className="mt-3">
            <a href={newsroom.organization.url} className={link}>
              {t('website', { organisation: organization })}
            </a>
          </div>
        </div>
        {topics.length > 0 && (
          <div>
            <h2 className={heading}>{t('topics')}</h2>
            <ul className="mt-3 space-y-2 pointer-coarse:space-y-0">
              {topics.map(({ tag, label }) => (
                <li key={tag}>
                  <Link href={localePath(locale, tagPath(tag))} className={link}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h2 className={heading}>{t('follow')}</h2>
          <ul className="mt-3 space-y-2 pointer-coarse:space-y-0">
            <li>
              <a href={localePath(locale, feedPath)} type="application/atom+xml" className={link}>
                {feed('linkTitle')}
              </a>
            </li>
            <li>
              <Link href={localePath(locale, searchPath)} className={link}>
                {t('search')}
              </Link>
            </li>
          </ul>
          <div className="mt-4">{languageLinks}</div>
        </div>
        {newsroom.contacts.length > 0 && (
          <div>
            <h2 className={heading}>{release('contact')}</h2>
            <ContactList contacts={newsroom.contacts} locale={locale} className="mt-3" />
          </div>
        )}
      </div>
    </footer>
  );
}
