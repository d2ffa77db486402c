import type { Locale } from 'next-intl';
import { readable, type ReleaseSummary } from '@/lib/content/release';
import { localePath, searchPath } from '@/lib/routes';
import { CompactReleaseList } from '@/components/listing/compact-release-list';
import { SearchBox } from '@/components/search/search-box';

export type NotFoundHelpText = { searchLabel: string; submit: string; newest: string };

/** How many of the newest releases a 404 offers. */
const NEWEST = 3;

/**
 * What a 404 offers instead: a search box and the newest of `releases` (newest first). Ids carry the
 * language: the site-wide 404 holds both.
 */
export function NotFoundHelp({ locale, releases, text }: { locale: Locale; releases: ReleaseSummary[]; text: NotFoundHelpText }) {
  const newest = releases.slice(0, NEWEST).map((release) => readable(release, locale));
  return (
    <>
      <SearchBox id={`not-found-search-${locale}`} action={localePath(locale, searchPath)} label={text.searchLabel} submit={text.submit} />
      {newest.length > 0 && (
        <section aria-labelledby={`not-found-newest-${locale}`} className="mt-10">
          <h2 id={`not-found-newest-${locale}`} className="text-lg font-bold text-stone-900">
            {text.newest}
          </h2>
          <CompactReleaseList releases={newest} />
        </section>
      )}
    </>
  );
}
