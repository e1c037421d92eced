import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import {
  DecryptCommand,
  GenerateDataKeyCommand,
  GenerateMacCommand,
  InvalidCiphertextException,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { residentIdCheckCharacter } from '../../../functions/src/platform/personal-data/resident-id.js';

/** A valid resident ID from its first 17 digits. */
export const withCheckCharacter = (first17: string) => `${first17}${residentIdCheckCharacter(first17)}`;

type Call = { name: string; input: Record<string, unknown> };

/**
 * An in-memory stand-in for AWS KMS with the behaviour the adapter relies on: data keys wrapped under a
 * per-key secret and bound to the key id and encryption context (Decrypt with another context fails
 * with InvalidCiphertextException, as KMS does); HMAC per key. Records every call.
 */
export function fakeKms() {
  const secrets = new Map<string, Buffer>();
  const secretOf = (keyId: string) => {
    if (!secrets.has(keyId)) secrets.set(keyId, randomBytes(32));
    return secrets.get(keyId) as Buffer;
  };
  const bound = (keyId: string, context: unknown) => Buffer.from(JSON.stringify([keyId, context ?? {}]));
  const invalid = () => new InvalidCiphertextException({ message: 'invalid ciphertext', $metadata: {} });
  const calls: Call[] = [];

  const send = async (command: unknown) => {
    if (command instanceof GenerateDataKeyCommand) {
      const { KeyId, EncryptionContext, KeySpec } = command.input;
      calls.push({ name: 'GenerateDataKey', input: { ...command.input } });
      if (KeySpec !== 'AES_256') throw new Error('unexpected key spec');
      const plaintext = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secretOf(KeyId as string), iv).setAAD(
        bound(KeyId as string, EncryptionContext),
      );
      const blob = Buffer.concat([
        Buffer.from(`${KeyId}|`),
        iv,
        cipher.update(plaintext),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return { KeyId, Plaintext: new Uint8Array(plaintext), CiphertextBlob: new Uint8Array(blob), $metadata: {} };
    }
    if (command instanceof DecryptCommand) {
      const { KeyId, EncryptionContext, CiphertextBlob } = command.input;
      calls.push({ name: 'Decrypt', input: { ...command.input } });
      const blob = Buffer.from(CiphertextBlob as Uint8Array);
      const separator = blob.indexOf('|');
      if (separator < 0 || blob.subarray(0, separator).toString() !== KeyId) throw invalid();
      const rest = blob.subarray(separator + 1);
      try {
        const decipher = createDecipheriv('aes-256-gcm', secretOf(KeyId as string), rest.subarray(0, 12))
          .setAAD(bound(KeyId as string, EncryptionContext))
          .setAuthTag(rest.subarray(rest.length - 16));
        const plaintext = Buffer.concat([decipher.update(rest.subarray(12, rest.length - 16)), decipher.final()]);
        return { KeyId, Plaintext: new Uint8Array(plaintext), $metadata: {} };
      } catch {
        throw invalid();
      }
    }
    if (command instanceof GenerateMacCommand) {
      const { KeyId, Message, MacAlgorithm } = command.input;
      calls.push({ name: 'GenerateMac', input: { ...command.input } });
      if (MacAlgorithm !== 'HMAC_SHA_256') throw new Error('unexpected MAC algorithm');
      const mac = createHmac('sha256', secretOf(`${KeyId}#hmac`))
        .update(Message as Uint8Array)
        .digest();
      return { KeyId, Mac: new Uint8Array(mac), MacAlgorithm, $metadata: {} };
    }
    throw new Error(`the fake KMS does not implement ${(command as object).constructor.name}`);
  };

  return { client: { send } as unknown as Pick<KMSClient, 'send'>, calls };
}
