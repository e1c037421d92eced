import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { getSessionState, type Session } from './session';

/** True for paths of the staff area (locale-free), whose sign-in uses the staff pool. */
export function isStaffPath(href: string): boolean {
  return href === '/staff' || href.startsWith('/staff/') || href.startsWith('/staff?');
}

/**
 * The signed-in session, or a redirect that comes back to `href` (a locale-free path): to the "session
 * locked" page when the session locked or expired, to sign-in when there is none.
 */
export async function requireSession(href: string): Promise<Session> {
  const state = await getSessionState();
  if (state.status === 'active') return state.session;
  const locale = await getLocale();
  const returnTo = encodeURIComponent(getPathname({ href, locale }));
  if (state.status === 'locked' || state.status === 'expired') {
    redirect(`${getPathname({ href: '/session-locked', locale })}?returnTo=${returnTo}`);
  }
  redirect(`/auth/sign-in?returnTo=${returnTo}${isStaffPath(href) ? '&audience=staff' : ''}`);
}
