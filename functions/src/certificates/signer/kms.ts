import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { publicSigningKey } from './public-key.js';
import type { CertificateSigner, PublicSigningKey } from './port.js';

/**
 * The certificate signer on AWS: asymmetric KMS keys (key spec ECC_NIST_P256, usage SIGN_VERIFY) that
 * never leave KMS. `keyIds` lists every key ever used, the current one last (CERT_SIGNING_KMS_KEY_IDS);
 * a rotation appends a new key, so older certificates keep verifying. KMS hashes the signing input with
 * SHA-256 itself (ECDSA_SHA_256, MessageType RAW, at most 4096 bytes; a credential is far smaller) and
 * answers DER, which JWS wants as raw r‖s.
 */

/** The part of the KMS client the adapter uses; tests pass a fake. */
export type KmsSender = Pick<KMSClient, 'send'>;

/** The largest message KMS Sign accepts as RAW. */
const kmsRawMessageLimit = 4096;

/** DER `SEQUENCE { INTEGER r, INTEGER s }` → 64-byte r‖s (JWS ES256). */
export function derToJose(der: Uint8Array): Uint8Array {
  const bytes = Buffer.from(der);
  let offset = 2;
  if (bytes[0] !== 0x30) throw new Error('not a DER ECDSA signature');
  if ((bytes[1]! & 0x80) !== 0) offset = 2 + (bytes[1]! & 0x7f);
  const out = Buffer.alloc(64);
  for (let part = 0; part < 2; part++) {
    if (bytes[offset] !== 0x02) throw new Error('not a DER ECDSA signature');
    const length = bytes[offset + 1]!;
    let value = bytes.subarray(offset + 2, offset + 2 + length);
    while (value.length > 32 && value[0] === 0) value = value.subarray(1);
    if (value.length > 32) throw new Error('not a P-256 signature');
    value.copy(out, part * 32 + (32 - value.length));
    offset += 2 + length;
  }
  return out;
}

/** 64-byte r‖s (what `sign()` returns) → DER `SEQUENCE { INTEGER r, INTEGER s }` (X.509 and CMS want DER). */
export function joseToDer(jose: Uint8Array): Uint8Array {
  if (jose.length !== 64) throw new Error('not a P-256 r‖s signature');
  const integer = (half: Uint8Array) => {
    let value = Buffer.from(half);
    while (value.length > 1 && value[0] === 0 && (value[1]! & 0x80) === 0) value = value.subarray(1);
    if ((value[0]! & 0x80) !== 0) value = Buffer.concat([Buffer.from([0]), value]);
    return Buffer.concat([Buffer.from([0x02, value.length]), value]);
  };
  const body = Buffer.concat([integer(jose.subarray(0, 32)), integer(jose.subarray(32))]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

export function createKmsCertificateSigner(kms: KmsSender, keyIds: readonly string[]): CertificateSigner {
  if (keyIds.length === 0) throw new RangeError('at least one KMS certificate key');
  let keys: Promise<{ keyId: string; published: PublicSigningKey }[]> | undefined;
  const all = () =>
    (keys ??= Promise.all(
      keyIds.map(async (keyId) => {
        const out = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
        if (out.KeySpec !== 'ECC_NIST_P256' || !out.PublicKey) throw new Error(`KMS key ${keyId} is not ECC_NIST_P256`);
        return { keyId, published: await publicSigningKey(out.PublicKey) };
      }),
    ));
  return {
    async currentKeyId() {
      return (await all()).at(-1)!.published.kid;
    },
    async sign(kid, signingInput) {
      const entry = (await all()).find((k) => k.published.kid === kid);
      if (!entry) throw new Error(`No KMS certificate key ${kid}`);
      if (signingInput.length > kmsRawMessageLimit) {
        throw new RangeError(`A signing input of ${signingInput.length} bytes exceeds KMS's ${kmsRawMessageLimit}`);
      }
      const out = await kms.send(
        new SignCommand({
          KeyId: entry.keyId,
          Message: signingInput,
          MessageType: 'RAW',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      );
      if (!out.Signature) throw new Error(`KMS returned no signature for ${kid}`);
      return derToJose(out.Signature);
    },
    async publicKeys() {
      return (await all()).map((k) => k.published);
    },
  };
}
