/**
 * The key service port of envelope encryption. Adapters: `key-service/kms.ts` (AWS KMS) and
 * `key-service/local.ts` (a master key in the local cloud); `keys.ts` chooses one from config, once.
 *
 * `purpose` names what a key protects (`profile.phone`); adapters bind it to every key they hand out
 * (KMS encryption context, or the AAD of the local wrapping), so a key wrapped for one purpose cannot
 * be unwrapped for another.
 */
export interface DataKey {
  /** 32 bytes for AES-256; the caller zeroes it after use. */
  readonly plaintext: Uint8Array;
  /** The data key encrypted under the master key, base64url, safe to store. */
  readonly wrapped: string;
}

export interface KeyService {
  generateDataKey(purpose: string): Promise<DataKey>;
  /** Throws PersonalDataError when the key was not wrapped by this service for this purpose. */
  unwrapDataKey(wrapped: string, purpose: string): Promise<Uint8Array>;
  /** A keyed hash (HMAC-SHA256, base64url) of a normalised value, for equality lookups without plaintext. */
  blindIndex(purpose: string, value: string): Promise<string>;
}

/** Purposes are short lower-case names, so they can be joined unambiguously with a NUL separator. */
export function assertPurpose(purpose: string): void {
  if (!/^[a-z][a-z0-9.-]{0,63}$/.test(purpose)) throw new RangeError('a purpose is a short lower-case name');
}

/** The message a blind index MACs: purpose, NUL, value (the same bytes in every adapter). */
export function blindIndexMessage(purpose: string, value: string): Buffer {
  assertPurpose(purpose);
  return Buffer.from(`${purpose}\u0000${value}`, 'utf8');
}
