import Link from 'next/link';
import type { ListedRelease } from '@/lib/content/release';
import { localePath, releasePath } from '@/lib/routes';
import { PublishedDate } from '@/components/release/published-date';

/** A few releases as title links with their dates: related releases, the newest on a 404. */
export function CompactReleaseList({ releases }: { releases: ListedRelease[] }) {
  return (
    <ul className="mt-3 space-y-3">
      {releases.map(({ release, version }) => (
        <li key={release.slug}>
          <Link href={localePath(version.locale, releasePath(release.slug))} lang={version.locale} className="font-medium text-sky-800 underline underline-offset-2">
            {version.title}
          </Link>
          <br />
          <PublishedDate iso={release.date} className="text-stone-600" />
        </li>
      ))}
    </ul>
  );
}
