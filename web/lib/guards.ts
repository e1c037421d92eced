import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { getSession, type Session } from './session';

/** The signed-in session, or a redirect to sign-in that comes back to `href` (a locale-free path). */
export async function requireSession(href: string): Promise<Session> {
  const session = await getSession();
  if (session) return session;
  const returnTo = getPathname({ href, locale: await getLocale() });
  redirect(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
}
