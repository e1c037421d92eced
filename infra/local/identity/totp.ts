import { createHash } from 'node:crypto';
import { generateSync, verifySync } from 'otplib';
import { nowMs } from '../../../functions/src/platform/clock.js';

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps), as Cognito's SOFTWARE_TOKEN_MFA and every
 * authenticator app use it. Time comes from the one clock, so a test that moves the cloud's clock moves
 * the codes with it. Codes from the step before and after are accepted too (clock drift), as Cognito does.
 */
const STEP_SECONDS = 30;

const epochOf = (atMs: number) => Math.floor(atMs / 1000);

/** The code an authenticator app shows for `secret` (base32) at `atMs` (default: the one clock's now). */
export function totpCode(secret: string, atMs: number = nowMs()): string {
  return generateSync({ secret, epoch: epochOf(atMs), period: STEP_SECONDS });
}

/** Whether `code` is the code for `secret` at `atMs`, one step either side. */
export function totpMatches(secret: string, code: string, atMs: number = nowMs()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    return verifySync({ secret, token: code, epoch: epochOf(atMs), period: STEP_SECONDS, epochTolerance: STEP_SECONDS })
      .valid;
  } catch {
    return false;
  }
}

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A demo user's TOTP secret (demo data, like the shared demo password): 160 bits derived from the
 * username, base32 as authenticator apps expect, so it is the same on every machine and after restarts.
 * `npm run demo-totp -- <username>` prints the current code; the README lists the secrets.
 */
export function demoTotpSecret(username: string): string {
  const bytes = createHash('sha256').update(`yuexiu-demo-totp:${username}`).digest().subarray(0, 20);
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += base32Alphabet[parseInt(bits.slice(i, i + 5), 2)];
  return out;
}
