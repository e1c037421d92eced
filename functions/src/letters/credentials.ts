import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { keyService } from '../platform/personal-data/keys.js';
import { blindIndexPurposes } from '../platform/personal-data/purposes.js';

/**
 * An anonymous writer's credentials, shown once on the receipt: a query code (查询码) that finds the letter
 * and a password that proves it is theirs. The code is kept as a blind index (keyed HMAC) so it finds the
 * letter without being stored; the password only as a salted scrypt hash.
 */

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomText = (length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** `ABCD-EFGH` (40 bits): finds the letter. */
export const newQueryCode = () => {
  const code = randomText(8);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
};

/** 10 characters (50 bits) from an alphabet without look-alikes. */
export const newPassword = () => randomText(10);

/** `abcd efgh`, `ABCD-EFGH` → `ABCDEFGH`. */
export const normaliseQueryCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

export function queryCodeIndex(code: string): Promise<string> {
  return keyService().blindIndex(blindIndexPurposes.letterQueryCode, normaliseQueryCode(code));
}

const derive = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: object,
) => Promise<Buffer>;
const cost = { N: 16384, r: 8, p: 1 };
const keyLength = 32;

/** `scrypt$<N>$<r>$<p>$<salt>$<hash>`, base64url parts. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password.trim().toUpperCase(), salt, keyLength, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Whether `password` matches a hash made by hashPassword (in constant time); false for a malformed hash. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64url');
  const actual = await derive(password.trim().toUpperCase(), Buffer.from(saltText, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
