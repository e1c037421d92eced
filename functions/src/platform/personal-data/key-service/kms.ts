import {
  DecryptCommand,
  GenerateDataKeyCommand,
  GenerateMacCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { PersonalDataError } from '../errors.js';
import { assertPurpose, blindIndexMessage, type KeyService } from '../ports.js';

/**
 * The key service on AWS: data keys from KMS GenerateDataKey (AES_256) under the registry's symmetric
 * key, unwrapped by Decrypt, both with the encryption context `{ purpose }` (so CloudTrail records
 * what each key protects and IAM can condition on it); blind indexes from GenerateMac (HMAC_SHA_256)
 * under a separate HMAC key. GenerateMac takes no encryption context, so the purpose is MACed with
 * the value instead (the same message bytes as the local adapter).
 */

export interface KmsKeyIds {
  /** Symmetric ENCRYPT_DECRYPT key that wraps data keys (KMS_PERSONAL_DATA_KEY_ID). */
  readonly dataKeyId: string;
  /** HMAC_256 GENERATE_VERIFY_MAC key for blind indexes (KMS_BLIND_INDEX_KEY_ID). */
  readonly blindIndexKeyId: string;
}

/** The part of the KMS client the adapter uses; tests pass a fake. */
export type KmsSender = Pick<KMSClient, 'send'>;

export function createKmsKeyService(kms: KmsSender, ids: KmsKeyIds): KeyService {
  return {
    async generateDataKey(purpose) {
      assertPurpose(purpose);
      const out = await kms.send(
        new GenerateDataKeyCommand({ KeyId: ids.dataKeyId, KeySpec: 'AES_256', EncryptionContext: { purpose } }),
      );
      if (out.Plaintext?.length !== 32 || !out.CiphertextBlob?.length) {
        throw new PersonalDataError(`KMS returned no usable data key for ${purpose}`);
      }
      return { plaintext: out.Plaintext, wrapped: Buffer.from(out.CiphertextBlob).toString('base64url') };
    },

    async unwrapDataKey(wrapped, purpose) {
      assertPurpose(purpose);
      if (!/^[A-Za-z0-9_-]+$/.test(wrapped)) throw new PersonalDataError(`Data key for ${purpose} is malformed`);
      try {
        const out = await kms.send(
          new DecryptCommand({
            KeyId: ids.dataKeyId,
            CiphertextBlob: Buffer.from(wrapped, 'base64url'),
            EncryptionContext: { purpose },
          }),
        );
        if (out.Plaintext?.length !== 32) throw new PersonalDataError(`KMS returned no data key for ${purpose}`);
        return out.Plaintext;
      } catch (cause) {
        if (cause instanceof InvalidCiphertextException || cause instanceof IncorrectKeyException) {
          throw new PersonalDataError(`Data key for ${purpose} could not be unwrapped (other key or purpose)`, {
            cause,
          });
        }
        throw cause;
      }
    },

    async blindIndex(purpose, value) {
      const out = await kms.send(
        new GenerateMacCommand({
          KeyId: ids.blindIndexKeyId,
          MacAlgorithm: 'HMAC_SHA_256',
          Message: blindIndexMessage(purpose, value),
        }),
      );
      if (!out.Mac?.length) throw new PersonalDataError(`KMS returned no MAC for ${purpose}`);
      return Buffer.from(out.Mac).toString('base64url');
    },
  };
}
