import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { PersonalDataError } from '../errors.js';
import { assertPurpose, blindIndexMessage, type KeyService } from '../ports.js';

/**
 * The key service of the embedded local cloud: one 32-byte master key (LOCAL_MASTER_KEY) from which
 * HKDF-SHA256 derives two independent keys, one that wraps data keys (AES-256-GCM, the purpose as
 * AAD) and one for blind indexes (HMAC-SHA256). Same contract as the KMS adapter; never for prod.
 */

const salt = Buffer.from('yuexiu-hao/local-key-service', 'utf8');
const ivBytes = 12;
const tagBytes = 16;
const keyBytes = 32;

/** Decodes LOCAL_MASTER_KEY (64 hex characters, or base64/base64url of 32 bytes). */
export function parseMasterKey(text: string): Uint8Array {
  const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (bytes.length !== keyBytes || !/^[0-9a-fA-F]{64}$|^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    throw new RangeError('LOCAL_MASTER_KEY must be 32 bytes as 64 hex characters or base64');
  }
  return bytes;
}

/** A new master key in the format LOCAL_MASTER_KEY expects (64 hex characters). */
export function generateMasterKeyText(): string {
  return randomBytes(keyBytes).toString('hex');
}

const derive = (master: Uint8Array, info: string) => Buffer.from(hkdfSync('sha256', master, salt, info, keyBytes));
const wrapAad = (purpose: string) => Buffer.from(`yuexiu-hao/data-key\u0000${purpose}`, 'utf8');

export function createLocalKeyService(masterKey: Uint8Array): KeyService {
  if (masterKey.length !== keyBytes) throw new RangeError('the master key must be 32 bytes');
  const wrappingKey = derive(masterKey, 'wrap-data-keys/v1');
  const indexKey = derive(masterKey, 'blind-index/v1');

  return {
    async generateDataKey(purpose) {
      assertPurpose(purpose);
      const plaintext = randomBytes(keyBytes);
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv).setAAD(wrapAad(purpose));
      const sealed = Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
      return { plaintext, wrapped: sealed.toString('base64url') };
    },

    async unwrapDataKey(wrapped, purpose) {
      assertPurpose(purpose);
      const sealed = /^[A-Za-z0-9_-]+$/.test(wrapped) ? Buffer.from(wrapped, 'base64url') : Buffer.alloc(0);
      if (sealed.length !== ivBytes + keyBytes + tagBytes) {
        throw new PersonalDataError(`Data key for ${purpose} was not wrapped by the local key service`);
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', wrappingKey, sealed.subarray(0, ivBytes))
          .setAAD(wrapAad(purpose))
          .setAuthTag(sealed.subarray(ivBytes + keyBytes));
        return Buffer.concat([decipher.update(sealed.subarray(ivBytes, ivBytes + keyBytes)), decipher.final()]);
      } catch (cause) {
        throw new PersonalDataError(`Data key for ${purpose} could not be unwrapped (other key or purpose)`, { cause });
      }
    },

    async blindIndex(purpose, value) {
      return createHmac('sha256', indexKey).update(blindIndexMessage(purpose, value)).digest('base64url');
    },
  };
}
