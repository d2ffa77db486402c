import type { ListPage } from '@/lib/content/listing';
import type { ListedRelease } from '@/lib/content/release';
import { Pagination } from './pagination';
import { ReleaseList } from './release-list';
import { YearLinks } from './year-links';

type ListingProps = { heading: string; page: ListPage<ListedRelease>; base: string; years: number[]; currentYear?: number };

/** A list page: one page of releases, the pages of the list, and every year with releases. */
export function Listing({ heading, page, base, years, currentYear }: ListingProps) {
  return (
    <ReleaseList heading={heading} releases={page.items}>
      <Pagination page={page.page} pageCount={page.pageCount} base={base} />
      <YearLinks years={years} current={currentYear} />
    </ReleaseList>
  );
}
