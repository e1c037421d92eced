import { nowIso } from '../platform/clock.js';
import { badRequest } from '../platform/errors.js';
import type { VerificationStatus } from './model.js';
import { verify } from './service.js';
import * as store from './store.js';

/**
 * Reuse of an e-certificate instead of an upload (证照核查): what another context (cases) learns of a
 * certificate the applicant chose from their wallet, once checked. No personal data beyond what the
 * certificate itself prints; the checked-at time is the one clock's.
 */
export interface CheckedCertificate {
  certificateId: string;
  type: string;
  typeName: { zh: string; en: string };
  number: string;
  issuer: { id: string; name: { zh: string; en: string } };
  holderName: string;
  validFrom: string;
  validUntil?: string;
  /** Always 'valid' when stored: anything else is refused at submission. */
  status: 'valid';
  revoked: false;
  checkedAt: string;
}

/** Where the certificate was given (for error messages and details), e.g. materials.1.certificateId. */
export interface ReuseTarget {
  field: string;
  material: number;
  materialName: { zh: string; en: string };
  expectedType: string;
}

const why: Partial<Record<VerificationStatus, string>> = {
  revoked: 'was revoked',
  expired: 'has expired',
  'not-yet-valid': 'is not valid yet',
  'invalid-signature': 'does not verify (bad signature)',
  'unknown-key': 'does not verify (unknown signing key)',
  malformed: 'cannot be read',
};

/**
 * Checks that `certificateId` can stand in for a material: it is the owner's, of the material's
 * certificate type, and verifies now (signature against the published keys, validity, not revoked).
 * 400 naming the material otherwise: CERTIFICATE_NOT_IN_WALLET, CERTIFICATE_WRONG_TYPE, CERTIFICATE_NOT_VALID.
 */
export async function checkForReuse(
  owner: string,
  certificateId: string,
  target: ReuseTarget,
): Promise<CheckedCertificate> {
  const label = `${target.field}: ${target.materialName.en} (${target.materialName.zh})`;
  const details = { field: target.field, material: target.material };
  const record = await store.getCertificate(certificateId);
  if (!record || record.owner !== owner) {
    throw badRequest(
      'CERTIFICATE_NOT_IN_WALLET',
      `${label}: the certificate is not one of your e-certificates`,
      details,
    );
  }
  if (record.type !== target.expectedType) {
    throw badRequest(
      'CERTIFICATE_WRONG_TYPE',
      `${label}: a ${record.typeName.en} cannot stand in for this material (it needs a ${target.expectedType})`,
      { ...details, expected: target.expectedType, given: record.type },
    );
  }
  const result = await verify(record.credential);
  if (result.status !== 'valid' || !result.certificate || result.certificate.id !== certificateId) {
    const status = result.certificate && result.certificate.id !== certificateId ? 'malformed' : result.status;
    throw badRequest('CERTIFICATE_NOT_VALID', `${label}: the certificate ${why[status] ?? 'is not valid'}`, {
      ...details,
      status,
    });
  }
  const c = result.certificate;
  return {
    certificateId,
    type: record.type,
    typeName: record.typeName,
    number: c.number,
    issuer: c.issuer,
    holderName: c.holder.name,
    validFrom: c.validFrom,
    ...(c.validUntil ? { validUntil: c.validUntil } : {}),
    status: 'valid',
    revoked: false,
    checkedAt: nowIso(),
  };
}

/** What a reused certificate's status is now, when staff look at the case that reused it. */
export interface CertificateStatusNow {
  status: VerificationStatus | 'missing';
  checkedAt: string;
  /** When and why it was revoked, for a revoked one. */
  revocation?: { reason: string; revokedAt: string };
}

/**
 * Checks a certificate a case reused again, now (signature, validity, revocation): a certificate valid at
 * submission may have been revoked or expired since. `missing` when it is no longer in the library.
 */
export async function certificateStatusNow(certificateId: string): Promise<CertificateStatusNow> {
  const checkedAt = nowIso();
  const record = await store.getCertificate(certificateId);
  if (!record) return { status: 'missing', checkedAt };
  const result = await verify(record.credential);
  const status = result.certificate && result.certificate.id !== certificateId ? 'malformed' : result.status;
  return { status, checkedAt, ...(result.revocation ? { revocation: result.revocation } : {}) };
}
