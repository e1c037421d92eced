import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { DisplayMode } from '@/lib/display-mode';
import { getSession } from '@/lib/session';
import { DisplayModeToggle } from './display-mode-toggle';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import { HeaderMenu, SignOutButton } from './header-menu';
import { SearchBox } from './search-box';
import { SignInLink } from './sign-in-link';

/**
 * Brand, main navigation, language, display mode and account controls. On a phone the search and the
 * controls fold behind one menu button and the navigation scrolls sideways in one row, so the first screen
 * shows the page (issue 13, defect 3).
 */
export async function SiteHeader({ displayMode }: { displayMode: DisplayMode }) {
  const [t, nav, account, session] = await Promise.all([
    getTranslations('Layout'),
    getTranslations('Nav'),
    getTranslations('Account'),
    getSession(),
  ]);
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          <span className="brand-name">{t('brand')}</span>
          <span className="brand-tagline">{t('brandTagline')}</span>
        </Link>
        <HeaderMenu label={t('menu')}>
          <SearchBox id="site-search" className="search-box header-search" />
          <div className="header-controls" role="group" aria-label={t('accountNav')}>
            <LanguageSwitch />
            <DisplayModeToggle mode={displayMode} />
            {session ? (
              <>
                <span className="signed-in-as">{account('signedInAs', { name: session.username })}</span>
                <SignOutButton label={account('signOut')} />
              </>
            ) : (
              <SignInLink />
            )}
          </div>
        </HeaderMenu>
      </div>
      <nav aria-label={t('primaryNav')} className="primary-nav">
        <ul className="container">
          <li>
            <NavLink href="/" exact>
              {nav('home')}
            </NavLink>
          </li>
          <li>
            <NavLink href="/services">{nav('services')}</NavLink>
          </li>
          <li>
            <NavLink href="/scenarios">{nav('scenarios')}</NavLink>
          </li>
          <li>
            <NavLink href="/outlets">{nav('outlets')}</NavLink>
          </li>
          <li>
            <NavLink href="/apply">{nav('apply')}</NavLink>
          </li>
          <li>
            <NavLink href="/my/cases">{nav('myCases')}</NavLink>
          </li>
          <li>
            <NavLink href="/my/profile">{nav('myProfile')}</NavLink>
          </li>
          <li>
            <NavLink href="/status">{nav('status')}</NavLink>
          </li>
          <li>
            <NavLink href="/mailbox">{nav('mailbox')}</NavLink>
          </li>
          <li>
            <NavLink href="/report">{nav('report')}</NavLink>
          </li>
          <li>
            <NavLink href="/notices">{nav('notices')}</NavLink>
          </li>
          <li>
            <NavLink href="/staff">{nav('staff')}</NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
