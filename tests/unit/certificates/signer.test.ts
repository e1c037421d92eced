import { createSign, generateKeyPairSync } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import { compactVerify, createLocalJWKSet, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createKmsCertificateSigner,
  derToJose,
  joseToDer,
  type KmsSender,
} from '../../../functions/src/certificates/signer/kms.js';
import { createLocalCertificateSigner } from '../../../functions/src/certificates/signer/local.js';

const master = Buffer.alloc(32, 7);
const input = new TextEncoder().encode('header.payload');
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64url');

/** A compact JWS made by the signer under test, checked with jose alone (the independent verifier). */
async function jwsBy(signer: ReturnType<typeof createLocalCertificateSigner>, kid?: string) {
  const key = kid ?? (await signer.currentKeyId());
  const signingInput = `${b64(JSON.stringify({ alg: 'ES256', kid: key }))}.${b64('{"hello":"world"}')}`;
  return `${signingInput}.${b64(await signer.sign(key, new TextEncoder().encode(signingInput)))}`;
}

describe('the local certificate signer', () => {
  it('signs ES256 that jose verifies with the published keys only', async () => {
    // Prepare
    const signer = createLocalCertificateSigner(master, 1);
    // Act
    const jws = await jwsBy(signer);
    const keys = await signer.publicKeys();
    // Assess
    const out = await compactVerify(jws, createLocalJWKSet({ keys: keys.map((k) => ({ ...k })) }));
    expect(new TextDecoder().decode(out.payload)).toBe('{"hello":"world"}');
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys[0]!.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('derives the same keys after a restart and keeps old keys published after a rotation', async () => {
    const before = createLocalCertificateSigner(master, 1);
    const oldJws = await jwsBy(before);
    const rotated = createLocalCertificateSigner(master, 2);
    const keys = await rotated.publicKeys();
    expect(keys).toHaveLength(2);
    expect(keys[0]!.kid).toBe(await before.currentKeyId());
    expect(await rotated.currentKeyId()).not.toBe(await before.currentKeyId());
    await expect(
      compactVerify(oldJws, createLocalJWKSet({ keys: keys.map((k) => ({ ...k })) })),
    ).resolves.toBeDefined();
  });

  it('differs between master keys and refuses a key it does not hold', async () => {
    const a = createLocalCertificateSigner(master, 1);
    const b = createLocalCertificateSigner(Buffer.alloc(32, 8), 1);
    expect(await a.currentKeyId()).not.toBe(await b.currentKeyId());
    await expect(a.sign(await b.currentKeyId(), input)).rejects.toThrow(/No local certificate key/);
  });
});

describe('the KMS certificate signer', () => {
  /** A fake KMS holding one P-256 key: GetPublicKey answers SPKI DER, Sign a DER signature of the digest. */
  function fakeKms(): { kms: KmsSender; calls: string[] } {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const calls: string[] = [];
    const kms = {
      send: async (command: unknown) => {
        if (command instanceof GetPublicKeyCommand) {
          calls.push('GetPublicKey');
          return { KeySpec: 'ECC_NIST_P256', PublicKey: publicKey.export({ format: 'der', type: 'spki' }) };
        }
        if (command instanceof SignCommand) {
          calls.push(`Sign:${command.input.MessageType}:${command.input.SigningAlgorithm}`);
          // KMS hashes a RAW message with SHA-256 and answers a DER signature.
          const der = createSign('sha256')
            .update(command.input.Message as Uint8Array)
            .sign({ key: privateKey, dsaEncoding: 'der' });
          return { Signature: der };
        }
        throw new Error('unexpected command');
      },
    } as unknown as KmsSender;
    return { kms, calls };
  }

  it('signs in KMS (SHA-256 of the raw input) and turns the DER signature into a JWS jose verifies', async () => {
    const { kms, calls } = fakeKms();
    const signer = createKmsCertificateSigner(kms, ['alias/certs-1']);
    const kid = await signer.currentKeyId();
    const signingInput = `${b64(JSON.stringify({ alg: 'ES256', kid }))}.${b64('{"n":1}')}`;
    const signature = await signer.sign(kid, new TextEncoder().encode(signingInput));
    expect(signature).toHaveLength(64);
    const [key] = await signer.publicKeys();
    const out = await compactVerify(`${signingInput}.${b64(signature)}`, await importJWK({ ...key! }, 'ES256'));
    expect(new TextDecoder().decode(out.payload)).toBe('{"n":1}');
    expect(calls).toContain('Sign:RAW:ECDSA_SHA_256');
  });
});

describe('derToJose', () => {
  it('turns DER into 64 bytes of r‖s that node verifies as IEEE P1363', async () => {
    const { verify } = await import('node:crypto');
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    for (let i = 0; i < 20; i++) {
      const der = createSign('sha256').update(`m${i}`).sign({ key: privateKey, dsaEncoding: 'der' });
      const raw = createSign('sha256').update(`m${i}`).sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
      expect(derToJose(der)).toHaveLength(64);
      expect(raw).toHaveLength(64);
      expect(
        verify('sha256', Buffer.from(`m${i}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, derToJose(der)),
      ).toBe(true);
    }
    expect(() => derToJose(Buffer.from([0x31, 0x00]))).toThrow(/DER/);
  });
});

describe('joseToDer', () => {
  it('turns r‖s into the DER node verifies, minimal and positive, and back again', async () => {
    const { verify } = await import('node:crypto');
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    for (let i = 0; i < 40; i++) {
      const raw = createSign('sha256').update(`m${i}`).sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
      const der = joseToDer(raw);
      expect(verify('sha256', Buffer.from(`m${i}`), publicKey, der)).toBe(true);
      expect(Buffer.from(derToJose(der)).equals(raw)).toBe(true);
    }
    // A high first byte gets a leading zero (positive INTEGER); leading zeros go.
    const edge = Buffer.concat([Buffer.alloc(32, 0xff), Buffer.concat([Buffer.alloc(2), Buffer.alloc(30, 0x11)])]);
    expect(Buffer.from(joseToDer(edge)).subarray(0, 6).toString('hex')).toBe('3043022100ff');
    expect(Buffer.from(derToJose(joseToDer(edge))).equals(edge)).toBe(true);
    expect(() => joseToDer(Buffer.alloc(63))).toThrow(/r‖s/);
  });
});
