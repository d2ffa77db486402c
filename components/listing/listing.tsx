import type { ReactNode } from 'react';
import type { Listing as ListingData } from '@/lib/content';
import { Pagination } from './pagination';
import { ReleaseList } from './release-list';
import { YearLinks } from './year-links';

type ListingProps = { heading: string; listing: ListingData; base: string; currentYear?: number; featured?: boolean; children?: ReactNode };

/**
 * A list page: what it lists (`children`, under the heading), one page of releases (the first
 * `featured` when it is the newest of the newsroom), the pages of the list, every year with releases.
 */
export function Listing({ heading, listing, base, currentYear, featured, children }: ListingProps) {
  return (
    <ReleaseList heading={heading} releases={listing.page.items} topics={listing.topics} featured={featured} intro={children}>
      <Pagination page={listing.page.page} pageCount={listing.page.pageCount} base={base} />
      <YearLinks years={listing.years} current={currentYear} />
    </ReleaseList>
  );
}
