import { createHash } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { z } from 'zod';
import type { PoolName } from './config';

/**
 * The session cookie's content: the access token and the session's clocks, encrypted and authenticated
 * (JWE, dir + A256GCM) with a key derived from SESSION_SECRET, so the browser can neither read the token
 * nor move the clocks. The proxy re-seals it with a fresh `lastActive` as the user works.
 */
export interface SessionEnvelope {
  accessToken: string;
  pool: PoolName;
  /** Staff sessions lock after STAFF_IDLE_SECONDS idle; others after citizenIdleSeconds. */
  staff: boolean;
  /** Unix seconds. */
  signedInAt: number;
  lastActive: number;
  /** The earlier of the access token's expiry and signedInAt + maxSessionSeconds. */
  expiresAt: number;
}

/** No session outlives 12 hours, however long its token (ASVS 7.3.2, MLPS 8.1.4.1). */
export const maxSessionSeconds = 12 * 60 * 60;
export const citizenIdleSeconds = 30 * 60;

const envelopeSchema = z.object({
  at: z.string().min(1),
  pool: z.enum(['citizen', 'staff']),
  staff: z.boolean(),
  sia: z.number().int(),
  last: z.number().int(),
  exp: z.number().int(),
});

const keys = new Map<string, Uint8Array>();
function keyOf(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(createHash('sha256').update(`yx-session-v1:${secret}`).digest());
    keys.set(secret, key);
  }
  return key;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Encrypts a session for the cookie. */
export async function sealSession(envelope: SessionEnvelope, secret: string): Promise<string> {
  return new EncryptJWT({
    at: envelope.accessToken,
    pool: envelope.pool,
    staff: envelope.staff,
    sia: envelope.signedInAt,
    last: envelope.lastActive,
  })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setExpirationTime(envelope.expiresAt)
    .encrypt(keyOf(secret));
}

/** Decrypts a session cookie; undefined when it was not sealed with this secret or was altered. */
export async function openSession(value: string | undefined, secret: string): Promise<SessionEnvelope | undefined> {
  if (!value) return undefined;
  try {
    // Expiry is judged by sessionStatus, so an expired session can be told apart from a forged one.
    const { payload } = await jwtDecrypt(value, keyOf(secret), { currentDate: new Date(0) });
    const parsed = envelopeSchema.parse(payload);
    return {
      accessToken: parsed.at,
      pool: parsed.pool,
      staff: parsed.staff,
      signedInAt: parsed.sia,
      lastActive: parsed.last,
      expiresAt: parsed.exp,
    };
  } catch {
    return undefined;
  }
}

export type SessionStatus = 'active' | 'locked' | 'expired';

/** The idle limit that applies to a session. */
export function idleLimit(envelope: SessionEnvelope, staffIdleSeconds: number): number {
  return envelope.staff ? staffIdleSeconds : citizenIdleSeconds;
}

/** Active, locked (idle too long) or expired (token expired or the 12-hour limit reached). */
export function sessionStatus(envelope: SessionEnvelope, staffIdleSeconds: number, now = nowSeconds()): SessionStatus {
  if (now >= envelope.expiresAt || now >= envelope.signedInAt + maxSessionSeconds) return 'expired';
  if (now - envelope.lastActive >= idleLimit(envelope, staffIdleSeconds)) return 'locked';
  return 'active';
}

/**
 * Whether the proxy should re-seal the cookie with a new lastActive: not on every request (each re-seal is a
 * Set-Cookie), but often enough that the idle limit is measured to within a fifth of itself. A server action
 * whose response sets a cookie makes Next re-render the page under it (losing the action's result on screen),
 * so actions re-seal only once half the idle limit has passed.
 */
export function needsTouch(
  envelope: SessionEnvelope,
  staffIdleSeconds: number,
  options: { serverAction?: boolean; now?: number } = {},
): boolean {
  const idle = idleLimit(envelope, staffIdleSeconds);
  const interval = options.serverAction ? Math.floor(idle / 2) : Math.min(60, Math.floor(idle / 5));
  return (options.now ?? nowSeconds()) - envelope.lastActive >= interval;
}
