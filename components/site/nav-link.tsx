'use client';

import { Link } from '@/components/site/link';
import { usePathname } from 'next/navigation';
import type { ComponentProps, MouseEvent } from 'react';

/** Closes the menu a followed link is in: the header stays on screen as the next page comes. */
function closeMenu(event: MouseEvent<HTMLAnchorElement>) {
  // Where the browser has no popovers, the menu is a plain list: nothing to close.
  event.currentTarget.closest<HTMLElement>('[popover]')?.togglePopover?.(false);
}

/**
 * A header link that says when the reader is on its page, or on a later page of its list
 * (`aria-current="page"`), for screen readers and for the eye; followed from the phones' topic
 * menu, it closes the menu.
 */
export function NavLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/page/`);
  return <Link href={href} aria-current={current ? 'page' : undefined} onClick={closeMenu} {...props} />;
}
