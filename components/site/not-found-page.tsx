import type { Locale } from 'next-intl';
import type { Topic } from '@/lib/content/newsroom';
import { routing } from '@/lib/i18n/routing';
import type { ReleaseSummary } from '@/lib/content/release';
import type { Newsroom } from '@/lib/content/schema';
import { NotFoundHelp, type NotFoundHelpText } from './not-found-help';
import { NoticePage } from './notice-page';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

/** What the 404 page says in one language. */
export type NotFoundText = {
  locale: Locale;
  /** The site header's: the organisation, the newsroom's name, the topics and the labels of search and topics. */
  organization: string;
  newsroom: string;
  topics: Topic[];
  headerLabels: { search: string; topics: string };
  title: string;
  heading: string;
  body: string;
  backHome: string;
  skip: string;
  otherLanguage: string;
  /** The name of the header's language links, as every other page's header names them (a navigation landmark). */
  languagesLabel: string;
  help: NotFoundHelpText;
};

const link = 'font-medium text-sky-800 underline underline-offset-2';

const others = routing.locales.filter((locale) => locale !== routing.defaultLocale);

/**
 * Picks the language from the path before the body is drawn (no flash): /en… is English,
 * everything else Korean. It sets `lang`, `data-locale` (the stylesheet hides the other
 * language) and the title, and keeps the title when hydration puts the server's back. The
 * titles come from content, so they travel in `data-title-{locale}` attributes of `<html>`, which React escapes:
 * the script itself holds no text from content and never changes.
 */
const chooseLanguage = [
  '(function(){',
  'var m=/^\\/([a-z]{2})(?:\\/|$)/.exec(location.pathname);',
  `var l=m&&${JSON.stringify(others)}.indexOf(m[1])>=0?m[1]:${JSON.stringify(routing.defaultLocale)};`,
  "var d=document.documentElement;d.lang=l;d.setAttribute('data-locale',l);",
  "var t=d.getAttribute('data-title-'+l);if(!t)return;",
  'var s=function(){if(document.title!==t)document.title=t;};s();',
  'new MutationObserver(s).observe(document.head,{subtree:true,childList:true,characterData:true});',
  '})();',
].join('');

/** Each other language's home page, laid out as LocaleLinks lays out the switch: a 404 cannot know which page the reader wanted in it. */
const otherLanguages = (text: NotFoundText) => (
  <ul className="flex gap-3">
    {routing.locales
      .filter((other) => other !== text.locale)
      .map((other) => (
        <li key={other}>
          <a href={`/${other}`} lang={other} hrefLang={other} className="button">
            {text.otherLanguage}
          </a>
        </li>
      ))}
  </ul>
);

/** The 404 page in every language at once; `data-lang` marks what belongs to one language. */
export function NotFoundPage({ texts, newsroom, releases }: { texts: NotFoundText[]; newsroom: Newsroom; releases: ReleaseSummary[] }) {
  return (
    <html
      lang={routing.defaultLocale}
      suppressHydrationWarning
      {...Object.fromEntries(texts.map((text) => [`data-title-${text.locale}`, text.title]))}
    >
      {/* The title is here, not in metadata, which is streamed after the script has run. */}
      <head>
        <title>{texts.find((text) => text.locale === routing.defaultLocale)?.title}</title>
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased">
        <script dangerouslySetInnerHTML={{ __html: chooseLanguage }} />
        {texts.map((text) => (
          <SkipLink key={text.locale} label={text.skip} lang={text.locale} data-lang={text.locale} />
        ))}
        {texts.map((text) => (
          <div key={text.locale} lang={text.locale} data-lang={text.locale}>
            <SiteHeader
              locale={text.locale}
              organization={text.organization}
              newsroom={text.newsroom}
              labels={text.headerLabels}
              topics={text.topics}
              languageLinks={<nav aria-label={text.languagesLabel}>{otherLanguages(text)}</nav>}
            />
          </div>
        ))}
        <main id="main" tabIndex={-1} className="w-full flex-1 px-5 pt-6 pb-16 outline-none sm:px-8 sm:pt-12">
          {texts.map((text) => (
            <div key={text.locale} lang={text.locale} data-lang={text.locale} className="mb-12">
              <NoticePage heading={text.heading} body={text.body}>
                <NotFoundHelp locale={text.locale} releases={releases} text={text.help} />
                <div className="mt-10">
                  <a href={`/${text.locale}`} className={link}>
                    {text.backHome}
                  </a>
                </div>
              </NoticePage>
            </div>
          ))}
        </main>
        {texts.map((text) => (
          <div key={text.locale} lang={text.locale} data-lang={text.locale}>
            <SiteFooter locale={text.locale} newsroom={newsroom} languageLinks={otherLanguages(text)} />
          </div>
        ))}
      </body>
    </html>
  );
}
