import type { DataKeyPurpose } from './purposes.js';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PersonalDataError } from './errors.js';
import { assertPurpose, type KeyService } from './ports.js';

/**
 * Envelope encryption of one field: a fresh data key per value (from the key service), AES-256-GCM with
 * a random 96-bit IV and AAD = version + purpose + record key, so a value copied to another record or
 * field fails to decrypt. Stored as `v1.<wrappedKey>.<iv>.<ciphertext+tag>`, each part base64url.
 *
 * Nothing is cached: each value costs one GenerateDataKey on write and one Decrypt on read (a profile
 * has two encrypted fields and is read masked without decrypting, so a cache would buy little).
 */

export interface FieldContext {
  /** What the value is, e.g. `profile.phone`; bound to the data key and to the ciphertext. */
  readonly purpose: DataKeyPurpose;
  /** The record the value belongs to, e.g. `USER#<sub>`. */
  readonly recordKey: string;
}

const version = 'v1';
const ivBytes = 12;
const tagBytes = 16;
const base64url = /^[A-Za-z0-9_-]+$/;

const aad = ({ purpose, recordKey }: FieldContext) =>
  Buffer.from(`${version}\u0000${purpose}\u0000${recordKey}`, 'utf8');

/** Encrypts a value for one field of one record. */
export async function sealField(keys: KeyService, context: FieldContext, value: string): Promise<string> {
  assertPurpose(context.purpose);
  const dataKey = await keys.generateDataKey(context.purpose);
  try {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', dataKey.plaintext, iv).setAAD(aad(context));
    const sealed = Buffer.concat([cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [version, dataKey.wrapped, iv.toString('base64url'), sealed.toString('base64url')].join('.');
  } finally {
    dataKey.plaintext.fill(0);
  }
}

/** Decrypts a value sealed by sealField for the same purpose and record; throws PersonalDataError otherwise. */
export async function openField(keys: KeyService, context: FieldContext, sealed: string): Promise<string> {
  assertPurpose(context.purpose);
  const parts = sealed.split('.');
  const [tag, wrapped, ivText, bodyText] = parts;
  if (parts.length !== 4 || tag !== version || !parts.slice(1).every((p) => base64url.test(p))) {
    throw new PersonalDataError(`Value of ${context.purpose} is not a ${version} encrypted field`);
  }
  const iv = Buffer.from(ivText as string, 'base64url');
  const body = Buffer.from(bodyText as string, 'base64url');
  if (iv.length !== ivBytes || body.length < tagBytes) {
    throw new PersonalDataError(`Value of ${context.purpose} is truncated`);
  }
  const dataKey = await keys.unwrapDataKey(wrapped as string, context.purpose);
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, iv)
      .setAAD(aad(context))
      .setAuthTag(body.subarray(body.length - tagBytes));
    const plaintext = Buffer.concat([decipher.update(body.subarray(0, body.length - tagBytes)), decipher.final()]);
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch (cause) {
    throw new PersonalDataError(
      `Value of ${context.purpose} could not be decrypted (damaged, or of another record or purpose)`,
      { cause },
    );
  } finally {
    dataKey.fill(0);
  }
}
