import type { ReactNode } from 'react';
import type { Locale } from 'next-intl';
import { organizationName } from '@/lib/content/newsroom';
import type { Newsroom } from '@/lib/content/schema';
import { messages } from '@/lib/i18n/messages';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

/** The document around every page: language, skip link, header with the newsroom's name and language switch, footer. */
export function PageShell({ locale, newsroom, children }: { locale: Locale; newsroom: Newsroom; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-stone-900 antialiased">
        <SkipLink label={messages[locale].SkipLink.label} />
        <SiteHeader locale={locale} organization={organizationName(newsroom, locale)} newsroom={newsroom.name[locale]} searchLabel={messages[locale].Search.link} />
        <main id="main" tabIndex={-1} className="w-full px-5 pt-8 pb-16 outline-none sm:px-8 sm:pt-12">
          {children}
        </main>
        <SiteFooter organization={organizationName(newsroom, locale)} />
      </body>
    </html>
  );
}
