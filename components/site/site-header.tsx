import { Link } from '@/components/site/link';
import type { ReactNode } from 'react';
import type { Locale } from 'next-intl';
import type { Topic } from '@/lib/content/newsroom';
import { localePath, searchPath, tagPath } from '@/lib/routes';
import { LocaleSwitch } from './locale-switch';
import { NavLink } from './nav-link';

type Props = {
  locale: Locale;
  organization: string;
  newsroom: string;
  labels: { search: string; topics: string };
  topics: Topic[];
  /** In place of the switch to this page in the other languages: the site-wide 404 links their home pages. */
  languageLinks?: ReactNode;
};

const topicLink =
  'rounded px-2 py-1 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-900 ' +
  'aria-[current=page]:text-stone-900 aria-[current=page]:underline aria-[current=page]:decoration-2 ' +
  'aria-[current=page]:underline-offset-4';

/**
 * The newsroom's name linking home, its topics (from newsroom.yml: a row on wide screens, on phones
 * a menu that opens without script and closes on Escape or a tap beside it), search and the language switch.
 */
export function SiteHeader({ locale, organization, newsroom, labels, topics, languageLinks }: Props) {
  // The list the phones' Topics button opens: one per language, as the 404 holds every language's header.
  const menu = `topics-menu-${locale}`;
  const links = topics.map(({ tag, label }) => (
    <li key={tag}>
      <NavLink href={localePath(locale, tagPath(tag))} className={topicLink}>
        {label}
      </NavLink>
    </li>
  ));
  return (
    <header className="border-b border-stone-200 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 sm:gap-x-6 px-5 py-2 sm:px-8 sm:py-4">
        <Link href={localePath(locale, '/')} className="text-base font-bold tracking-tight text-stone-900 hover:text-sky-800">
          {organization} <span className="font-normal text-stone-600 max-sm:sr-only">{newsroom}</span>
        </Link>
        {topics.length > 0 && (
          // One landmark and one list: on phones a menu the button opens, on wide screens a row (.topics-menu).
          <nav aria-label={labels.topics} className="ms-auto lg:ms-0">
            <button
              type="button"
              popoverTarget={menu}
              className="topics-button cursor-pointer rounded px-2 py-1 text-sm font-medium text-sky-800 underline underline-offset-2 lg:hidden"
            >
              {labels.topics}
            </button>
            <ul id={menu} popover="auto" className="topics-menu">
              {links}
            </ul>
          </nav>
        )}
        <div className="flex items-center gap-3 sm:gap-4">
          <NavLink
            href={localePath(locale, searchPath)}
            className="text-sm font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 aria-[current=page]:decoration-2"
          >
            {labels.search}
          </NavLink>
          {languageLinks ?? <LocaleSwitch locale={locale} />}
        </div>
      </div>
    </header>
  );
}
