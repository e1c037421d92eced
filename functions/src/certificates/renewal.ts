import { nowIso, nowMs } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import { signCredential } from './credential.js';
import { certificateAlreadyRenewed, certificateAlreadyRevoked, certificateNotFound, invalidField } from './errors.js';
import {
  renewedReason,
  type CertificateRecord,
  type CertificateView,
  type RenewInput,
  type RevocationRecord,
} from './model.js';
import { credentialPayloadOf, uuidFrom, viewOf } from './service.js';
import { certificateSigner } from './signer/index.js';
import * as store from './store.js';

/**
 * Renewal (延续/换证): the issuing department issues a new certificate for the same holder and type with a new
 * number and validity, and the old one is revoked with the reason `renewed`, pointing at the new one, in one
 * transaction. Who may renew is exactly who may revoke: the issuing department's officers and heads.
 */

/** The id of the certificate that renews `id`: derived, so a retried renewal is the same one. */
export const renewalIdOf = (id: string) => uuidFrom(`certificate-renewal:${id}`);

/** The number of a renewal: the first number with its renewal count, YXC-20261206-000123 → …-R1 → …-R2. */
export function renewedNumber(number: string): string {
  const match = /^(.*)-R(\d+)$/.exec(number);
  return match ? `${match[1]}-R${Number(match[2]) + 1}` : `${number}-R1`;
}

/**
 * Refuses a renewal the rules forbid: another department's certificate (404, as for revocation: existence
 * outside the caller's reach is not told), one already renewed or revoked (409), a new validity that does not
 * end after now (400 naming validUntil).
 */
export function checkRenewal(
  principal: Pick<Principal, 'department'>,
  record: CertificateRecord | undefined,
  revocation: RevocationRecord | undefined,
  validUntil: string,
  now: number,
): asserts record is CertificateRecord {
  if (!record || record.department !== principal.department) throw certificateNotFound();
  if (record.replacedBy || revocation?.replacedBy) throw certificateAlreadyRenewed();
  if (revocation) throw certificateAlreadyRevoked();
  if (Date.parse(validUntil) <= now) throw invalidField('validUntil', 'the new validity must end after now');
}

/** The record of the renewal of `old`: same holder, type, fields and issuer; new id, number and validity. */
export function renewalOf(
  old: CertificateRecord,
  validUntil: string,
  issuedAt: string,
): Omit<CertificateRecord, 'credential' | 'kid'> {
  const { replacedBy: _replacedBy, replaces: _replaces, credential: _credential, kid: _kid, ...kept } = old;
  return {
    ...kept,
    certificateId: renewalIdOf(old.certificateId),
    number: renewedNumber(old.number),
    issuedAt,
    validUntil: new Date(Date.parse(validUntil)).toISOString(),
    replaces: { id: old.certificateId, number: old.number },
  };
}

/** Renews a certificate of the caller's department; answers the old (revoked, renewed) and the new one. */
export async function renew(
  principal: Principal,
  id: string,
  input: RenewInput,
): Promise<{ renewed: CertificateView; certificate: CertificateView }> {
  const [old, existing] = await Promise.all([store.getCertificate(id), store.getRevocation(id)]);
  checkRenewal(principal, old, existing, input.validUntil, nowMs());
  const issuedAt = nowIso();
  const content = renewalOf(old, input.validUntil, issuedAt);
  const { jws, kid } = await signCredential(certificateSigner(), credentialPayloadOf(content));
  const next: CertificateRecord = { ...content, credential: jws, kid };
  const revocation: RevocationRecord = {
    certificateId: id,
    department: old.department,
    reason: renewedReason,
    revokedAt: issuedAt,
    revokedBy: principal.username,
    replacedBy: { id: next.certificateId, number: next.number },
    renewalReason: input.reason,
  };
  if (!(await store.putRenewal(old, next, revocation))) {
    // Someone revoked or renewed it between the read and the write: say which.
    const now = await store.getRevocation(id);
    throw now?.replacedBy ? certificateAlreadyRenewed() : certificateAlreadyRevoked();
  }
  return {
    renewed: viewOf({ ...old, replacedBy: revocation.replacedBy! }, () => revocation),
    certificate: viewOf(next, () => undefined),
  };
}
