import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { recordAudit } from '../../../functions/src/audit/service.js';
import { nowMs } from '../../../functions/src/platform/clock.js';
import { clientIp } from '../http-io.js';
import { DEMO_PASSWORD, findDemoUser, type DemoUser } from './demo-users.js';
import { createLockout } from './lockout.js';
import { totpMatches } from './totp.js';

/** How long the answer to an MFA challenge may take (Cognito's default authentication session). */
export const MFA_SESSION_SECONDS = 180;

/** Why a sign-in step was refused; the names follow Cognito's exceptions. */
export type RefusalCode =
  | 'BAD_CREDENTIALS' // NotAuthorizedException: wrong username or password
  | 'CODE_MISMATCH' // CodeMismatchException: wrong or expired TOTP code
  | 'PASSWORD_ATTEMPTS_EXCEEDED' // NotAuthorizedException: locked out after repeated failures
  | 'SESSION_EXPIRED'; // NotAuthorizedException: the MFA session is unknown or too old

export type SignInStep =
  | { readonly outcome: 'signed-in'; readonly user: DemoUser }
  | { readonly outcome: 'mfa-required'; readonly session: string; readonly username: string }
  | { readonly outcome: 'refused'; readonly code: RefusalCode; readonly retryAfterSeconds?: number };

export const refusalMessages: Record<RefusalCode, string> = {
  BAD_CREDENTIALS: 'Wrong username or password',
  CODE_MISMATCH: 'totp: wrong or expired authenticator code',
  PASSWORD_ATTEMPTS_EXCEEDED: 'Too many failed sign-in attempts: the account is locked for a while',
  SESSION_EXPIRED: 'session: the sign-in took too long or is unknown; start again with the password',
};

function passwordMatches(given: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(DEMO_PASSWORD).digest();
  return timingSafeEqual(a, b);
}

/**
 * The local identity provider's sign-in rules, the staff and citizen pools' own: the password, then a
 * TOTP code for users with MFA on (every staff user; citizens who turned it on), and Cognito's lockout
 * after repeated failures of either. Every final outcome goes to the audit trail (as Cognito's
 * authentication events do on AWS).
 */
export function createSignIn() {
  const lockout = createLockout();
  const sessions = new Map<string, { username: string; expiresMs: number }>();

  async function audit(req: IncomingMessage, candidate: DemoUser | undefined, user: DemoUser | undefined) {
    await recordAudit({
      actor: user
        ? { sub: user.sub, username: user.username, roles: [...user.roles] }
        : { sub: 'anonymous', username: 'anonymous', roles: [] },
      action: 'auth.signIn',
      resource: { type: 'session', id: candidate?.sub ?? 'unknown-user' },
      outcome: user ? 'succeeded' : 'denied',
      requestId: randomUUID(),
      sourceIp: clientIp(req),
    }).catch((error: unknown) => console.error('[identity] audit record not written', error));
  }

  async function refuse(req: IncomingMessage, user: DemoUser | undefined, code: RefusalCode): Promise<SignInStep> {
    if (user && code !== 'PASSWORD_ATTEMPTS_EXCEEDED') lockout.failed(user.username);
    await audit(req, user, undefined);
    return { outcome: 'refused', code };
  }

  async function locked(req: IncomingMessage, user: DemoUser): Promise<SignInStep | undefined> {
    const seconds = lockout.lockedForSeconds(user.username);
    if (seconds === 0) return undefined;
    await audit(req, user, undefined);
    return { outcome: 'refused', code: 'PASSWORD_ATTEMPTS_EXCEEDED', retryAfterSeconds: seconds };
  }

  async function checkCode(req: IncomingMessage, user: DemoUser, totp: string): Promise<SignInStep> {
    if (!user.totpSecret || !totpMatches(user.totpSecret, totp)) return refuse(req, user, 'CODE_MISMATCH');
    lockout.succeeded(user.username);
    await audit(req, user, user);
    return { outcome: 'signed-in', user };
  }

  /** The first step: username and password (and the TOTP code at once, when the caller has it). */
  async function withPassword(
    req: IncomingMessage,
    username: string,
    password: string,
    totp?: string,
  ): Promise<SignInStep> {
    const user = findDemoUser(username);
    if (user) {
      const refused = await locked(req, user);
      if (refused) return refused;
    }
    if (!user || !passwordMatches(password)) return refuse(req, user, 'BAD_CREDENTIALS');
    if (!user.totpSecret) {
      lockout.succeeded(user.username);
      await audit(req, user, user);
      return { outcome: 'signed-in', user };
    }
    if (totp !== undefined) return checkCode(req, user, totp);
    const session = randomBytes(24).toString('base64url');
    sessions.set(session, { username: user.username, expiresMs: nowMs() + MFA_SESSION_SECONDS * 1000 });
    return { outcome: 'mfa-required', session, username: user.username };
  }

  /** The second step: the answer to the SOFTWARE_TOKEN_MFA challenge of `session`. */
  async function withCode(req: IncomingMessage, session: string, totp: string): Promise<SignInStep> {
    const pending = sessions.get(session);
    for (const [id, s] of sessions) if (s.expiresMs <= nowMs()) sessions.delete(id);
    const user = pending && pending.expiresMs > nowMs() ? findDemoUser(pending.username) : undefined;
    if (!user) return refuse(req, undefined, 'SESSION_EXPIRED');
    const refused = await locked(req, user);
    if (refused) {
      sessions.delete(session);
      return refused;
    }
    const step = await checkCode(req, user, totp);
    if (step.outcome === 'signed-in') sessions.delete(session);
    return step;
  }

  return { withPassword, withCode };
}

export type SignIn = ReturnType<typeof createSignIn>;
