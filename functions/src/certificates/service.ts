import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/service.js';
import { departmentByCode } from '../catalog/taxonomy.js';
import { nowIso, nowMs } from '../platform/clock.js';
import { config } from '../platform/config.js';
import type { Principal } from '../platform/principal.js';
import { certificateAlreadyRevoked, certificateNotFound } from './errors.js';
import {
  credentialContext,
  credentialType,
  signCredential,
  verifyCredential,
  type CredentialPayload,
} from './credential.js';
import type {
  CertificateHolder,
  CertificateRecord,
  CertificateView,
  RevocationRecord,
  VerificationResult,
} from './model.js';
import { renewedReason } from './model.js';
import { certificateSigner } from './signer/index.js';
import type { PublicSigningKey } from './signer/port.js';
import { certificateTypeIssuedBy } from './types.js';
import * as store from './store.js';

/** What issuance needs to know of an approved case (the cases context passes it; no table is shared). */
export interface ApprovedCase {
  caseId: string;
  caseNumber: string;
  itemCode: string;
  department: string;
  owner?: string;
  holder: CertificateHolder;
  answers: Record<string, unknown>;
}

/** The certificate id of a case: a UUID derived from the case id, so a retried issuance is the same one. */
export function certificateIdOf(caseId: string): string {
  return uuidFrom(`certificate:${caseId}`);
}

/** A UUID (version 5 layout) derived from `seed`: the same seed, the same id. */
export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const departmentName = (code: string) => departmentByCode(code)?.name ?? { zh: code, en: code };
export const statusListUrl = () => `${config().PUBLIC_ORIGIN}/api/certificates/status-list`;
const issuerId = (department: string) => `${config().PUBLIC_ORIGIN}/issuers/${department}`;

function addYears(iso: string, years: number): string {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString();
}

/** What a credential states about a certificate (issuance and renewal sign the same shape). */
export type CredentialContent = Pick<
  CertificateRecord,
  | 'certificateId'
  | 'department'
  | 'issuedAt'
  | 'validUntil'
  | 'type'
  | 'typeName'
  | 'number'
  | 'holder'
  | 'fields'
  | 'replaces'
>;

/** The W3C VC payload of a certificate, its status entry pointing at the published status list. */
export function credentialPayloadOf(c: CredentialContent): CredentialPayload {
  return {
    '@context': [credentialContext],
    id: `urn:uuid:${c.certificateId}`,
    type: ['VerifiableCredential', credentialType],
    issuer: { id: issuerId(c.department), name: departmentName(c.department) },
    validFrom: c.issuedAt,
    ...(c.validUntil ? { validUntil: c.validUntil } : {}),
    credentialSubject: {
      certificateType: c.type,
      certificateName: c.typeName,
      number: c.number,
      holder: c.holder,
      fields: c.fields,
      ...(c.replaces ? { replaces: c.replaces } : {}),
    },
    credentialStatus: {
      id: `${statusListUrl()}#${c.certificateId}`,
      type: 'YuexiuRevocationList',
      statusPurpose: 'revocation',
    },
  };
}

/**
 * Issues the e-certificate an approved case yields, if its item yields one (else undefined). Signed with
 * the current key, stored once (a retry returns the stored one) and audited as issued by the system.
 */
export async function issueForCase(approved: ApprovedCase, requestId: string): Promise<CertificateRecord | undefined> {
  const type = certificateTypeIssuedBy(approved.itemCode);
  if (!type || !approved.owner) return undefined;
  const certificateId = certificateIdOf(approved.caseId);
  const existing = await store.getCertificate(certificateId);
  if (existing) return existing;
  const issuedAt = nowIso();
  const fields = Object.fromEntries(
    type.fields.flatMap((f) => (typeof approved.answers[f] === 'string' ? [[f, approved.answers[f] as string]] : [])),
  );
  const number = `${type.code === 'business-licence' ? 'YXL' : 'YXC'}-${approved.caseNumber.slice(3)}`;
  const validUntil = type.validityYears ? addYears(issuedAt, type.validityYears) : undefined;
  const payload = credentialPayloadOf({
    certificateId,
    department: approved.department,
    issuedAt,
    ...(validUntil ? { validUntil } : {}),
    type: type.code,
    typeName: type.name,
    number,
    holder: approved.holder,
    fields,
  });
  const { jws, kid } = await signCredential(certificateSigner(), payload);
  const record: CertificateRecord = {
    certificateId,
    number,
    type: type.code,
    typeName: type.name,
    caseId: approved.caseId,
    owner: approved.owner,
    holder: approved.holder,
    department: approved.department,
    departmentName: departmentName(approved.department),
    issuedAt,
    ...(validUntil ? { validUntil } : {}),
    fields,
    credential: jws,
    kid,
  };
  const stored = await store.putCertificate(record);
  if (!stored) return (await store.getCertificate(certificateId)) ?? record;
  await recordAudit({
    actor: { sub: 'system', username: 'system', roles: [] },
    action: 'certificates.issue',
    resource: { type: 'certificates', id: certificateId },
    outcome: 'succeeded',
    requestId,
    sourceIp: 'unknown',
    details: { type: type.code, caseId: approved.caseId, kid },
  });
  return record;
}

/** A certificate as the wallet shows it: status now (from the platform clock) and any revocation. */
export function viewOf(record: CertificateRecord, revocation: store.RevocationLookup): CertificateView {
  const { owner: _owner, ...rest } = record;
  const revoked = revocation(record.certificateId);
  const expired = record.validUntil !== undefined && Date.parse(record.validUntil) <= nowMs();
  return {
    ...rest,
    status: revoked ? 'revoked' : expired ? 'expired' : 'valid',
    ...(revoked ? { revocation: revocationOf(revoked) } : {}),
  };
}

const revocationOf = (r: RevocationRecord) => ({
  reason: r.reason,
  revokedAt: r.revokedAt,
  ...(r.replacedBy ? { replacedBy: r.replacedBy } : {}),
});

/** The caller's certificates, newest first, with their status. */
export async function myCertificates(principal: Principal): Promise<CertificateView[]> {
  const [records, revocations] = await Promise.all([store.listByHolder(principal.sub), store.listRevocations()]);
  const byId = new Map(revocations.map((r) => [r.certificateId, r]));
  return records.map((r) => viewOf(r, (id) => byId.get(id))).reverse();
}

/** One of the caller's certificates (404 for anyone else's: existence is private). */
export async function myCertificate(principal: Principal, id: string): Promise<CertificateView> {
  const record = await store.getCertificate(id);
  if (!record || record.owner !== principal.sub) throw certificateNotFound();
  const revocation = await store.getRevocation(id);
  return viewOf(record, () => revocation);
}

/** The published keys: every key ever used, so certificates signed before a rotation keep verifying. */
export async function publishedKeys(): Promise<{ keys: PublicSigningKey[] }> {
  return { keys: [...(await certificateSigner().publicKeys())] };
}

/** Checks a credential: signature against the published keys, validity period, then revocation. */
export async function verify(credential: string): Promise<VerificationResult> {
  const result = await verifyCredential(credential, await certificateSigner().publicKeys(), nowMs());
  if (!result.certificate || (result.status !== 'valid' && result.status !== 'expired')) return result;
  const revocation = await store.getRevocation(result.certificate.id);
  if (!revocation) return result;
  return {
    ...result,
    status: 'revoked',
    valid: false,
    revocation: revocationOf(revocation),
  };
}

/** Revokes a certificate of the caller's department (404 for another department's). */
export async function revoke(principal: Principal, id: string, reason: string): Promise<CertificateView> {
  const record = await store.getCertificate(id);
  if (!record || record.department !== principal.department) throw certificateNotFound();
  const revocation = {
    certificateId: id,
    department: record.department,
    reason,
    revokedAt: nowIso(),
    revokedBy: principal.username,
  };
  if (!(await store.putRevocation(revocation))) throw certificateAlreadyRevoked();
  return viewOf(record, () => revocation);
}

/** The revocation status list: every revoked id and when, signed like the certificates. */
export async function statusList() {
  // A renewal's revocation says so, and names the replacement, so a relying party can follow it.
  const revoked = (await store.listRevocations()).map((r) => ({
    id: r.certificateId,
    revokedAt: r.revokedAt,
    ...(r.replacedBy ? { reason: renewedReason, replacedBy: r.replacedBy.id } : {}),
  }));
  const issuedAt = nowIso();
  const signer = certificateSigner();
  const kid = await signer.currentKeyId();
  const header = Buffer.from(JSON.stringify({ alg: 'ES256', kid, typ: 'statuslist+jwt' })).toString('base64url');
  const payload = Buffer.from(
    JSON.stringify({ iss: config().PUBLIC_ORIGIN, iat: Math.floor(nowMs() / 1000), revoked }),
  ).toString('base64url');
  const signature = await signer.sign(kid, new TextEncoder().encode(`${header}.${payload}`));
  return { list: `${header}.${payload}.${Buffer.from(signature).toString('base64url')}`, revoked, issuedAt };
}
