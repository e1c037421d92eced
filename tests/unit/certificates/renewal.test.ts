import { describe, expect, it } from 'vitest';
import { credentialContext, signCredential, verifyCredential } from '../../../functions/src/certificates/credential.js';
import type { CertificateRecord, RevocationRecord } from '../../../functions/src/certificates/model.js';
import { renewInput } from '../../../functions/src/certificates/model.js';
import { checkRenewal, renewalIdOf, renewalOf, renewedNumber } from '../../../functions/src/certificates/renewal.js';
import { createLocalCertificateSigner } from '../../../functions/src/certificates/signer/local.js';
import { AppError } from '../../../functions/src/platform/errors.js';

const now = Date.parse('2027-02-20T04:00:00.000Z');
const old: CertificateRecord = {
  certificateId: '6b1f3f9e-2c1a-5d3e-8f00-123456789abc',
  number: 'YXC-20260301-000001',
  type: 'elderly-allowance-certificate',
  typeName: { zh: '高龄老人津贴资格证明', en: 'Old-age allowance eligibility certificate' },
  caseId: 'case-1',
  owner: 'citizen-sub',
  holder: { name: '张晓明', idNumberMasked: '4401**********1234' },
  department: 'civil-affairs',
  departmentName: { zh: '越秀区民政局', en: 'Civil Affairs Bureau' },
  issuedAt: '2026-03-01T02:00:00.000Z',
  validUntil: '2027-03-01T02:00:00.000Z',
  fields: { address: '越秀区北京街1号' },
  credential: 'a.b.c',
  kid: 'k1',
};
const officer = { department: 'civil-affairs' };
const later = '2028-03-01T23:59:59+08:00';

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('renewal rules', () => {
  it('admits the issuing department renewing a valid or expired certificate to a validity after now', () => {
    expect(() => checkRenewal(officer, old, undefined, later, now)).not.toThrow();
    expect(() => checkRenewal(officer, old, undefined, later, Date.parse('2027-06-01T00:00:00Z'))).not.toThrow();
  });

  it('answers 404 for another department, as revocation does', () => {
    expect(refusal(() => checkRenewal({ department: 'market-supervision' }, old, undefined, later, now)).status).toBe(
      404,
    );
    expect(refusal(() => checkRenewal({}, old, undefined, later, now)).status).toBe(404);
    expect(refusal(() => checkRenewal(officer, undefined, undefined, later, now)).status).toBe(404);
  });

  it('refuses a certificate already renewed (409 CERTIFICATE_RENEWED) or revoked (409 CERTIFICATE_REVOKED)', () => {
    const revoked: RevocationRecord = {
      certificateId: old.certificateId,
      department: 'civil-affairs',
      reason: '信息有误',
      revokedAt: '2027-01-01T00:00:00.000Z',
      revokedBy: 'officer1',
    };
    expect(refusal(() => checkRenewal(officer, old, revoked, later, now)).code).toBe('CERTIFICATE_REVOKED');
    const renewed = { ...revoked, reason: 'renewed', replacedBy: { id: 'x', number: 'YXC-20260301-000001-R1' } };
    expect(refusal(() => checkRenewal(officer, old, renewed, later, now)).code).toBe('CERTIFICATE_RENEWED');
    const linked = { ...old, replacedBy: renewed.replacedBy };
    expect(refusal(() => checkRenewal(officer, linked, undefined, later, now)).code).toBe('CERTIFICATE_RENEWED');
  });

  it('refuses a new validity that does not end after now, naming validUntil', () => {
    for (const end of [new Date(now).toISOString(), '2027-02-19T00:00:00Z']) {
      const error = refusal(() => checkRenewal(officer, old, undefined, end, now));
      expect(error.status).toBe(400);
      expect(error.details).toEqual({ fields: [{ field: 'validUntil', message: expect.any(String) }] });
    }
  });

  it('requires a reason and an ISO date-time with an offset', () => {
    expect(renewInput.safeParse({ reason: '到期延续', validUntil: later }).success).toBe(true);
    const bad = renewInput.safeParse({ reason: 'x', validUntil: '2028-03-01' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['reason', 'validUntil']);
  });
});

describe('the renewed certificate', () => {
  it('counts renewals in the number', () => {
    expect(renewedNumber('YXC-20260301-000001')).toBe('YXC-20260301-000001-R1');
    expect(renewedNumber('YXC-20260301-000001-R1')).toBe('YXC-20260301-000001-R2');
    expect(renewedNumber('YXC-20260301-000001-R9')).toBe('YXC-20260301-000001-R10');
  });

  it('keeps holder, type, issuer and fields; gets a new derived id, the new validity and a link to the old one', () => {
    const issuedAt = new Date(now).toISOString();
    const next = renewalOf(old, later, issuedAt);
    expect(next).toMatchObject({
      certificateId: renewalIdOf(old.certificateId),
      number: 'YXC-20260301-000001-R1',
      owner: old.owner,
      holder: old.holder,
      type: old.type,
      department: old.department,
      fields: old.fields,
      issuedAt,
      validUntil: '2028-03-01T15:59:59.000Z',
      replaces: { id: old.certificateId, number: old.number },
    });
    expect(next.certificateId).not.toBe(old.certificateId);
    expect(next.certificateId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(renewalIdOf(old.certificateId)).toBe(next.certificateId);
    expect('credential' in next).toBe(false);
  });

  it('carries the link to the replaced certificate inside the signed credential', async () => {
    const signer = createLocalCertificateSigner(Buffer.alloc(32, 3), 1);
    const { jws } = await signCredential(signer, {
      '@context': [credentialContext],
      id: `urn:uuid:${renewalIdOf(old.certificateId)}`,
      type: ['VerifiableCredential', 'YuexiuECertificate'],
      issuer: { id: 'https://portal.example/issuers/civil-affairs', name: old.departmentName },
      validFrom: new Date(now).toISOString(),
      validUntil: later,
      credentialSubject: {
        certificateType: old.type,
        certificateName: old.typeName,
        number: renewedNumber(old.number),
        holder: old.holder,
        fields: old.fields,
        replaces: { id: old.certificateId, number: old.number },
      },
      credentialStatus: { id: 'x', type: 'YuexiuRevocationList', statusPurpose: 'revocation' },
    });
    const result = await verifyCredential(jws, await signer.publicKeys(), now);
    expect(result).toMatchObject({
      status: 'valid',
      certificate: { number: 'YXC-20260301-000001-R1', replaces: { id: old.certificateId, number: old.number } },
    });
  });
});
