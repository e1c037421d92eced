import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { NavLink } from '@/components/nav-link';
import { NoAccess } from '@/components/no-access';
import { requireSession } from '@/lib/guards';
import { deciderRoles, hasAnyRole, staffRoles } from '@/lib/roles';

/** The staff area: signed-in staff only (the proxy already sent signed-out visitors to sign in). */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const session = await requireSession('/staff');
  if (!hasAnyRole(session.roles, staffRoles)) return <NoAccess />;
  const t = await getTranslations('Staff');
  return (
    <div className="staff">
      <nav aria-label={t('nav')} className="sub-nav">
        <ul>
          {hasAnyRole(session.roles, deciderRoles) ? (
            <li>
              <NavLink href="/staff" exact>
                {t('inbox')}
              </NavLink>
            </li>
          ) : null}
          {session.roles.includes('supervisor') ? (
            <li>
              <NavLink href="/staff/audit">{t('audit')}</NavLink>
            </li>
          ) : null}
          {session.roles.includes('admin') ? (
            <li>
              <NavLink href="/staff/outbox">{t('outbox')}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      {children}
    </div>
  );
}
