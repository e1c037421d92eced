import { describe, expect, it } from 'vitest';
import { PersonalDataError } from '../../../functions/src/platform/personal-data/errors.js';
import { createKmsKeyService } from '../../../functions/src/platform/personal-data/key-service/kms.js';
import {
  createLocalKeyService,
  generateMasterKeyText,
  parseMasterKey,
} from '../../../functions/src/platform/personal-data/key-service/local.js';
import type { KeyService } from '../../../functions/src/platform/personal-data/ports.js';
import { fakeKms } from './support.js';

const ids = { dataKeyId: 'alias/yuexiu-dev-registry', blindIndexKeyId: 'alias/yuexiu-dev-blind-index' };

const adapters: [string, () => KeyService][] = [
  ['local', () => createLocalKeyService(parseMasterKey(generateMasterKeyText()))],
  ['kms', () => createKmsKeyService(fakeKms().client, ids)],
];

describe.each(adapters)('the %s key service', (_name, make) => {
  it('unwraps a data key it generated for the same purpose', async () => {
    const keys = make();
    const { plaintext, wrapped } = await keys.generateDataKey('profile.phone');
    expect(plaintext).toHaveLength(32);
    expect(wrapped).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(await keys.unwrapDataKey(wrapped, 'profile.phone'))).toEqual(Buffer.from(plaintext));
  });

  it('refuses to unwrap a data key for another purpose', async () => {
    const keys = make();
    const { wrapped } = await keys.generateDataKey('profile.phone');
    await expect(keys.unwrapDataKey(wrapped, 'profile.id-number')).rejects.toThrow(PersonalDataError);
  });

  it('refuses a damaged wrapped key', async () => {
    const keys = make();
    const { wrapped } = await keys.generateDataKey('profile.phone');
    const damaged = `${wrapped.slice(0, 20)}${wrapped[20] === 'A' ? 'B' : 'A'}${wrapped.slice(21)}`;
    await expect(keys.unwrapDataKey(damaged, 'profile.phone')).rejects.toThrow(PersonalDataError);
    await expect(keys.unwrapDataKey('not base64url!', 'profile.phone')).rejects.toThrow(PersonalDataError);
  });

  it('gives a stable blind index per purpose and value, different across purposes and values', async () => {
    const keys = make();
    const a = await keys.blindIndex('resident-id', '11010519491231002X');
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await keys.blindIndex('resident-id', '11010519491231002X')).toBe(a);
    expect(await keys.blindIndex('resident-id', '110105194912310029')).not.toBe(a);
    expect(await keys.blindIndex('phone', '11010519491231002X')).not.toBe(a);
  });

  it('refuses a purpose that could be confused with another', async () => {
    await expect(make().generateDataKey('Profile\u0000phone')).rejects.toThrow(RangeError);
  });
});

describe('the local key service', () => {
  it('cannot unwrap keys of another master key, and indexes differ between master keys', async () => {
    const one = createLocalKeyService(parseMasterKey(generateMasterKeyText()));
    const other = createLocalKeyService(parseMasterKey(generateMasterKeyText()));
    const { wrapped } = await one.generateDataKey('profile.phone');
    await expect(other.unwrapDataKey(wrapped, 'profile.phone')).rejects.toThrow(PersonalDataError);
    expect(await one.blindIndex('resident-id', 'x')).not.toBe(await other.blindIndex('resident-id', 'x'));
  });

  it('reads the master key as hex or base64 of 32 bytes and nothing else', () => {
    const hex = generateMasterKeyText();
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    const base64 = Buffer.from(hex, 'hex').toString('base64');
    expect(Buffer.from(parseMasterKey(base64))).toEqual(Buffer.from(parseMasterKey(hex)));
    expect(Buffer.from(parseMasterKey(Buffer.from(hex, 'hex').toString('base64url')))).toEqual(Buffer.from(hex, 'hex'));
    expect(() => parseMasterKey(hex.slice(2))).toThrow(RangeError);
    expect(() => parseMasterKey('correct horse battery staple')).toThrow(RangeError);
  });
});

describe('the KMS key service', () => {
  it('asks KMS for AES_256 data keys under the registry key with the purpose as encryption context', async () => {
    const kms = fakeKms();
    const keys = createKmsKeyService(kms.client, ids);
    const { wrapped } = await keys.generateDataKey('profile.phone');
    await keys.unwrapDataKey(wrapped, 'profile.phone');
    expect(kms.calls.map((c) => c.name)).toEqual(['GenerateDataKey', 'Decrypt']);
    for (const call of kms.calls) {
      expect(call.input).toMatchObject({ KeyId: ids.dataKeyId, EncryptionContext: { purpose: 'profile.phone' } });
    }
    expect(kms.calls[0]?.input.KeySpec).toBe('AES_256');
  });

  it('computes blind indexes with GenerateMac HMAC_SHA_256 under the HMAC key, the purpose in the message', async () => {
    const kms = fakeKms();
    await createKmsKeyService(kms.client, ids).blindIndex('resident-id', '11010519491231002X');
    expect(kms.calls).toHaveLength(1);
    expect(kms.calls[0]?.input).toMatchObject({ KeyId: ids.blindIndexKeyId, MacAlgorithm: 'HMAC_SHA_256' });
    expect(Buffer.from(kms.calls[0]?.input.Message as Uint8Array).toString()).toBe(
      'resident-id\u000011010519491231002X',
    );
  });

  it('passes on KMS failures other than a bad ciphertext unchanged', async () => {
    const throttled = new Error('Rate exceeded');
    const keys = createKmsKeyService({ send: async () => Promise.reject(throttled) } as never, ids);
    await expect(keys.unwrapDataKey('AAAA', 'profile.phone')).rejects.toBe(throttled);
  });

  it('refuses a response without a usable data key', async () => {
    const keys = createKmsKeyService(
      { send: async () => ({ Plaintext: new Uint8Array(16), CiphertextBlob: new Uint8Array(8) }) } as never,
      ids,
    );
    await expect(keys.generateDataKey('profile.phone')).rejects.toThrow(PersonalDataError);
  });
});
