import { Link } from '@/components/site/link';
import type { ListedRelease } from '@/lib/content/release';
import { formatReleaseDate } from '@/lib/i18n/formats';
import { localePath, releasePath } from '@/lib/routes';

/**
 * A few releases as title links with their dates: related releases, the newest on a 404. The
 * dates are in the reader's language the list was made for, not the request's: the site-wide 404
 * holds both languages and stays a static page.
 */
export function CompactReleaseList({ releases }: { releases: ListedRelease[] }) {
  return (
    <ul className="mt-3 space-y-3">
      {releases.map(({ release, version, locale }) => (
        <li key={release.slug}>
          <Link
            href={localePath(version.locale, releasePath(release.slug))}
            lang={version.locale}
            className="font-medium text-sky-800 underline underline-offset-2"
          >
            {version.title}
          </Link>
          <br />
          <time dateTime={release.date} className="text-stone-600">
            {formatReleaseDate(locale, release.date)}
          </time>
        </li>
      ))}
    </ul>
  );
}
