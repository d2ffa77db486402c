import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's link between its pages: next/link, navigating in the browser, without prefetching.
 * Next prefetches every link in view and parses each page's payload on the main thread: thirteen
 * on the release page (topics, lists, the side-by-side view), the long tasks that doubled its
 * blocking time on a phone. A reader clicks few of them; the click fetches that one page.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
