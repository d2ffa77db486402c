import type { ReactNode } from 'react';
import type { Locale } from 'next-intl';
import { organizationName, topicsOf } from '@/lib/content/newsroom';
import type { Newsroom } from '@/lib/content/schema';
import { messages } from '@/lib/i18n/messages';
import { routing } from '@/lib/i18n/routing';
import { LocaleLinks } from './locale-links';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import { webFontEarly, WebFontLoader } from './web-font-loader';

/**
 * The document around every page: language, skip link, header with the newsroom's name and
 * language switch, footer; `webFont` says whether the build's Pretendard slices are here
 * (lib/web-font), whose faces the site's stylesheet names.
 */
export function PageShell({
  locale,
  newsroom,
  webFont,
  children,
}: {
  locale: Locale;
  newsroom: Newsroom;
  webFont: boolean;
  children: ReactNode;
}) {
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased">
        {webFont && (
          <>
            <script dangerouslySetInnerHTML={{ __html: webFontEarly }} />
            <WebFontLoader />
          </>
        )}
        <SkipLink label={messages[locale].SkipLink.label} />
        <SiteHeader
          locale={locale}
          organization={organizationName(newsroom, locale)}
          newsroom={newsroom.name[locale]}
          labels={{ search: messages[locale].Search.link, topics: messages[locale].Site.topics }}
          topics={topicsOf(newsroom, locale)}
        />
        <main id="main" tabIndex={-1} className="w-full flex-1 px-5 pt-6 pb-16 outline-none sm:px-8 sm:pt-12">
          {children}
        </main>
        <SiteFooter
          locale={locale}
          newsroom={newsroom}
          languageLinks={
            <LocaleLinks
              current={locale}
              others={routing.locales
                .filter((other) => other !== locale)
                .map((other) => ({ locale: other, label: messages[locale].LocaleSwitch[other] }))}
            />
          }
        />
      </body>
    </html>
  );
}
