import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersonalDataError } from '../../../functions/src/platform/personal-data/errors.js';
import { openField, sealField } from '../../../functions/src/platform/personal-data/field-encryption.js';
import { createKmsKeyService } from '../../../functions/src/platform/personal-data/key-service/kms.js';
import {
  createLocalKeyService,
  generateMasterKeyText,
  parseMasterKey,
} from '../../../functions/src/platform/personal-data/key-service/local.js';
import type { KeyService } from '../../../functions/src/platform/personal-data/ports.js';
import { fakeKms } from './support.js';

const adapters: [string, () => KeyService][] = [
  ['local', () => createLocalKeyService(parseMasterKey(generateMasterKeyText()))],
  ['kms', () => createKmsKeyService(fakeKms().client, { dataKeyId: 'alias/registry', blindIndexKeyId: 'alias/blind' })],
];

const phone = { purpose: 'profile.phone', recordKey: 'USER#citizen-1' } as const;

/** Replaces one base64url character of a part of a sealed value. */
function tamper(sealed: string, part: number, at = 3): string {
  const parts = sealed.split('.');
  const text = parts[part] as string;
  parts[part] = `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
  return parts.join('.');
}

describe.each(adapters)('field encryption with the %s key service', (_name, make) => {
  it('round-trips a value in the compact v1 format, without the plaintext in it', async () => {
    const keys = make();
    const sealed = await sealField(keys, phone, '13800138000');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('13800138000');
    expect(Buffer.from(sealed.split('.')[3] as string, 'base64url').toString('latin1')).not.toContain('138');
    expect(await openField(keys, phone, sealed)).toBe('13800138000');
  });

  it('round-trips any text, with a fresh key and IV each time', async () => {
    const keys = make();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (value) => {
        const one = await sealField(keys, phone, value);
        const two = await sealField(keys, phone, value);
        expect(one).not.toBe(two);
        expect(await openField(keys, phone, one)).toBe(value);
      }),
      { numRuns: 40 },
    );
  });

  it('throws on a changed ciphertext, tag, IV or wrapped key', async () => {
    const keys = make();
    const sealed = await sealField(keys, phone, '13800138000');
    const body = (sealed.split('.')[3] as string).length;
    for (const changed of [
      tamper(sealed, 3, 0),
      tamper(sealed, 3, body - 2),
      tamper(sealed, 2),
      tamper(sealed, 1, 10),
    ]) {
      await expect(openField(keys, phone, changed)).rejects.toThrow(PersonalDataError);
    }
  });

  it('throws when the value is moved to another record or another field', async () => {
    const keys = make();
    const sealed = await sealField(keys, phone, '13800138000');
    await expect(openField(keys, { ...phone, recordKey: 'USER#citizen-2' }, sealed)).rejects.toThrow(
      /could not be decrypted/,
    );
    await expect(openField(keys, { ...phone, purpose: 'profile.id-number' }, sealed)).rejects.toThrow(
      PersonalDataError,
    );
  });

  it('throws a clear error on malformed or truncated values, never returns garbage', async () => {
    const keys = make();
    const sealed = await sealField(keys, phone, '13800138000');
    const [, wrapped, iv] = sealed.split('.');
    for (const bad of [
      '',
      '13800138000',
      sealed.replace(/^v1/, 'v2'),
      `${sealed}.x`,
      `v1.${wrapped}.${iv}.AAAA`,
      `v1.${wrapped}.AAAA.${sealed.split('.')[3]}`,
    ]) {
      await expect(openField(keys, phone, bad)).rejects.toThrow(PersonalDataError);
    }
  });

  it('keeps the purpose in its error message and never the value', async () => {
    const keys = make();
    const sealed = await sealField(keys, phone, '13800138000');
    const error = await openField(keys, { ...phone, recordKey: 'USER#x' }, sealed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PersonalDataError);
    expect((error as PersonalDataError).status).toBe(500);
    expect((error as Error).message).toContain('profile.phone');
    expect((error as Error).message).not.toContain('13800138000');
  });
});
