import { kioskHome } from '@/lib/kiosk/area';
import { forgetKioskVisitor } from '../actions';

/**
 * Ends a kiosk visit and leaves nothing of it behind: signs out any session through the portal's own sign-out
 * (the cookie is cleared; its redirect to the identity provider is not followed from here), deletes the other
 * cookies, empties the browser's storage (drafts a form may keep there), and loads the kiosk's home afresh,
 * which drops every form's state held in the page. The home replaces the current entry in the history.
 */
export async function endKioskVisit(): Promise<void> {
  try {
    await fetch('/auth/sign-out', {
      method: 'POST',
      redirect: 'manual',
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    // Unreachable portal: the cookies are deleted below as well, and the home is loaded anyway.
  }
  try {
    await forgetKioskVisitor();
  } catch {
    // As above: an unreachable server must not keep the last visitor's page on the screen.
  }
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.location.replace(kioskHome);
}
