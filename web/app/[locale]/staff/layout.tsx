import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { NavLink } from '@/components/nav-link';
import { NoAccess } from '@/components/no-access';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, staffRoles } from '@/lib/roles';
import { counterRoles, inboxRoles, supervisionRoles } from './_lib/staff-roles';

/** The staff area: signed-in staff only (the proxy already sent signed-out visitors to sign in). */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const session = await requireSession('/staff');
  if (!hasAnyRole(session.roles, staffRoles)) return <NoAccess />;
  const t = await getTranslations('Staff');
  const links = [
    { href: '/staff', label: t('inbox'), roles: inboxRoles, exact: true },
    { href: '/staff/counter', label: t('counter'), roles: counterRoles },
    { href: '/staff/supervision', label: t('supervision'), roles: supervisionRoles },
    { href: '/staff/audit', label: t('audit'), roles: ['supervisor'] },
    { href: '/staff/outbox', label: t('outbox'), roles: ['admin'] },
  ].filter((link) => hasAnyRole(session.roles, link.roles));
  return (
    <div className="staff">
      <nav aria-label={t('nav')} className="sub-nav">
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href} exact={link.exact}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
