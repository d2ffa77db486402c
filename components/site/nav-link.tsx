'use client';

import { Link } from '@/components/site/link';
import { usePathname } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * A header link that says when the reader is on its page, or on a later page of its list
 * (`aria-current="page"`), for screen readers and for the eye.
 */
export function NavLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/page/`);
  return <Link href={href} aria-current={current ? 'page' : undefined} {...props} />;
}
