'use client';

import type { ReactNode } from 'react';
import { Link, usePathname } from '@/i18n/navigation';

const within = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * A navigation link that marks itself as the current page (aria-current) for screen readers and styling:
 * on its page, or (unless `exact`) below it — except below `excluding`, the hrefs of links of their own.
 */
export function NavLink({
  href,
  exact = false,
  excluding = [],
  children,
}: {
  href: string;
  exact?: boolean;
  excluding?: readonly string[];
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = exact
    ? pathname === href
    : within(pathname, href) && !excluding.some((nested) => within(pathname, nested));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
