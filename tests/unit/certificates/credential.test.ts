import { describe, expect, it } from 'vitest';
import {
  credentialContext,
  signCredential,
  verifyCredential,
  type CredentialPayload,
} from '../../../functions/src/certificates/credential.js';
import { createLocalCertificateSigner } from '../../../functions/src/certificates/signer/local.js';

const signer = createLocalCertificateSigner(Buffer.alloc(32, 3), 1);
const issuedAt = '2026-03-01T02:00:00.000Z';
const payload: CredentialPayload = {
  '@context': [credentialContext],
  id: 'urn:uuid:6b1f3f9e-2c1a-5d3e-8f00-123456789abc',
  type: ['VerifiableCredential', 'YuexiuECertificate'],
  issuer: {
    id: 'https://portal.example/issuers/civil-affairs',
    name: { zh: '越秀区民政局', en: 'Civil Affairs Bureau' },
  },
  validFrom: issuedAt,
  validUntil: '2027-03-01T02:00:00.000Z',
  credentialSubject: {
    certificateType: 'elderly-allowance-certificate',
    certificateName: { zh: '高龄老人津贴资格证明', en: 'Old-age allowance eligibility certificate' },
    number: 'YXC-20260301-000001',
    holder: { name: '张晓明', idNumberMasked: '4401**********1234' },
    fields: {},
  },
  credentialStatus: {
    id: 'https://portal.example/api/certificates/status-list#x',
    type: 'YuexiuRevocationList',
    statusPurpose: 'revocation',
  },
};
const during = Date.parse('2026-06-01T00:00:00Z');

describe('an e-certificate credential', () => {
  it('verifies while valid and names what it certifies', async () => {
    const { jws } = await signCredential(signer, payload);
    const result = await verifyCredential(jws, await signer.publicKeys(), during);
    expect(result).toMatchObject({ status: 'valid', valid: true });
    expect(result.certificate).toMatchObject({ number: 'YXC-20260301-000001', holder: { name: '张晓明' } });
    expect(JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString())).toMatchObject({
      typ: 'vc+jwt',
      alg: 'ES256',
    });
  });

  it('fails a payload changed after signing (a tampered name)', async () => {
    const { jws } = await signCredential(signer, payload);
    const [h, , s] = jws.split('.');
    const forged = { ...payload, credentialSubject: { ...payload.credentialSubject, holder: { name: '李四' } } };
    const tampered = `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`;
    expect((await verifyCredential(tampered, await signer.publicKeys(), during)).status).toBe('invalid-signature');
  });

  it('says expired after validUntil and not yet valid before validFrom', async () => {
    const { jws } = await signCredential(signer, payload);
    const keys = await signer.publicKeys();
    expect((await verifyCredential(jws, keys, Date.parse('2027-03-02T00:00:00Z'))).status).toBe('expired');
    expect((await verifyCredential(jws, keys, Date.parse('2026-02-01T00:00:00Z'))).status).toBe('not-yet-valid');
  });

  it('refuses a key not published and text that is no JWS', async () => {
    const { jws } = await signCredential(createLocalCertificateSigner(Buffer.alloc(32, 4), 1), payload);
    expect((await verifyCredential(jws, await signer.publicKeys(), during)).status).toBe('unknown-key');
    expect((await verifyCredential('not a credential', await signer.publicKeys(), during)).status).toBe('malformed');
  });
});
