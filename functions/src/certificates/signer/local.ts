import { createECDH, createPrivateKey, createPublicKey, hkdfSync, sign, type KeyObject } from 'node:crypto';
import { publicSigningKey } from './public-key.js';
import type { CertificateSigner, PublicSigningKey } from './port.js';

/**
 * The certificate signer of the embedded local cloud: key version n is a P-256 private key derived by
 * HKDF-SHA256 from the master key (LOCAL_MASTER_KEY) with the info `certificate-signing/v<n>`, so a
 * restart signs with the same keys and a rotation (CERT_SIGNING_KEY_VERSION + 1) keeps the older keys
 * derivable and published. Same contract as the KMS adapter; never for prod.
 */

const salt = Buffer.from('yuexiu-hao/certificate-signer', 'utf8');

function privateKeyOf(masterKey: Uint8Array, version: number): KeyObject {
  const d = Buffer.from(hkdfSync('sha256', masterKey, salt, `certificate-signing/v${version}`, 32));
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  return createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: d.toString('base64url'),
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
  });
}

export function createLocalCertificateSigner(masterKey: Uint8Array, currentVersion: number): CertificateSigner {
  if (!Number.isInteger(currentVersion) || currentVersion < 1) throw new RangeError('a key version is 1 or more');
  let keys: Promise<{ kid: string; key: KeyObject; published: PublicSigningKey }[]> | undefined;
  const all = () =>
    (keys ??= Promise.all(
      Array.from({ length: currentVersion }, async (_, i) => {
        const key = privateKeyOf(masterKey, i + 1);
        const published = await publicSigningKey(createPublicKey(key));
        return { kid: published.kid, key, published };
      }),
    ));
  return {
    async currentKeyId() {
      return (await all()).at(-1)!.kid;
    },
    async sign(kid, signingInput) {
      const entry = (await all()).find((k) => k.kid === kid);
      if (!entry) throw new Error(`No local certificate key ${kid}`);
      return sign('sha256', signingInput, { key: entry.key, dsaEncoding: 'ieee-p1363' });
    },
    async publicKeys() {
      return (await all()).map((k) => k.published);
    },
  };
}
