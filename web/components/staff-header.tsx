import { getLocale, getTranslations } from 'next-intl/server';
import { nestedSectionHrefs, sectionsFor } from '@/app/[locale]/staff/_lib/staff-roles';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import type { DisplayMode } from '@/lib/display-mode';
import type { Session } from '@/lib/session';
import { staffRoles } from '@/lib/roles';
import { DisplayModeToggle } from './display-mode-toggle';
import { HeaderMenu, SignOutButton } from './header-menu';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';

/** The department's name from the catalog (its code when the catalog cannot be read). */
async function departmentName(code: string, locale: string): Promise<string> {
  const departments = await api.listDepartments().catch(() => []);
  const found = departments.find((d) => d.code === code);
  return found ? (locale === 'en' ? found.name.en : found.name.zh) : code;
}

/**
 * The staff area's header: who is signed in (name, roles, department or street station), the parts of
 * the workbench their roles open (from the route table, staff-roles.ts), language, display and sign-out.
 * Citizens' menu items are not shown here.
 */
export async function StaffHeader({ session, displayMode }: { session: Session; displayMode: DisplayMode }) {
  const [t, staff, account, locale] = await Promise.all([
    getTranslations('Layout'),
    getTranslations('Staff'),
    getTranslations('Account'),
    getLocale(),
  ]);
  const roleNames = session.roles
    .filter((role) => (staffRoles as readonly string[]).includes(role))
    .map((role) => staff(`roleNames.${role}` as 'roleNames.clerk'));
  const units = [
    ...(session.department ? [await departmentName(session.department, locale)] : []),
    ...(session.street ? [staff('stationOf', { street: session.street })] : []),
  ];
  return (
    <header className="site-header staff-header">
      <div className="container header-row">
        <Link href="/staff" className="brand">
          <span className="brand-name">{t('brand')}</span>
          <span className="brand-tagline">{t('staffTagline')}</span>
        </Link>
        <p className="staff-identity" data-testid="staff-identity">
          <span className="visually-hidden">{staff('identity')}：</span>
          <strong>{session.username}</strong>
          {roleNames.length > 0 ? <span> · {roleNames.join('、')}</span> : null}
          {units.length > 0 ? <span> · {units.join('、')}</span> : null}
        </p>
        <HeaderMenu label={t('menu')}>
          <div className="header-controls" role="group" aria-label={t('accountNav')}>
            <Link href="/" className="header-control">
              {staff('publicSite')}
            </Link>
            <LanguageSwitch />
            <DisplayModeToggle mode={displayMode} />
            <SignOutButton label={account('signOut')} />
          </div>
        </HeaderMenu>
      </div>
      <nav aria-label={staff('nav')} className="primary-nav">
        <ul className="container">
          {sectionsFor(session.roles).map((section) => (
            <li key={section.key}>
              <NavLink
                href={section.href}
                exact={'exact' in section ? section.exact : false}
                excluding={nestedSectionHrefs(section.href)}
              >
                {staff(section.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
