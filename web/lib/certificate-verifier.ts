import { compactVerify, createLocalJWKSet, errors, type JSONWebKeySet } from 'jose';

/**
 * Verification of an e-certificate in the browser (the /verify page): the signature against the district's
 * JWKS, kept in localStorage so that a page opened once keeps verifying without a network; online, the
 * signed revocation list too. The format is the one functions/src/certificates/credential.ts issues
 * (a W3C VC 2.0 as the payload of a compact JWS, ES256, typ vc+jwt).
 */

const keysStorage = 'yuexiu.certificate-keys';
const statusStorage = 'yuexiu.certificate-status';

export interface VerifiedCertificate {
  id: string;
  type: string;
  typeName?: { zh: string; en: string };
  number: string;
  holder: { name: string; idNumberMasked?: string };
  issuer: { name: { zh: string; en: string } };
  validFrom: string;
  validUntil?: string;
  /** A renewal names, inside the signed credential, the certificate it replaces. */
  replaces?: { id: string; number: string };
}

/** An entry of the published status list: a renewal's revocation says so and names the replacement's id. */
interface StatusEntry {
  id: string;
  revokedAt: string;
  reason?: 'renewed';
  replacedBy?: string;
}

export type BrowserVerification =
  | {
      status: 'valid' | 'expired' | 'not-yet-valid' | 'revoked';
      certificate: VerifiedCertificate;
      revocationChecked: boolean;
      /** Revoked because it was renewed: the id of the certificate that replaces it. */
      replacedBy?: string;
    }
  | { status: 'invalid-signature' | 'unknown-key' | 'malformed' | 'no-keys' };

function stored<T>(name: string): T | undefined {
  try {
    const text = localStorage.getItem(name);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The district's keys: fetched when online (and cached), else the cached copy. */
export async function loadKeys(): Promise<JSONWebKeySet | undefined> {
  try {
    const response = await fetch('/.well-known/jwks.json', { cache: 'no-cache' });
    if (response.ok) {
      const keys = (await response.json()) as JSONWebKeySet;
      localStorage.setItem(keysStorage, JSON.stringify(keys));
      return keys;
    }
  } catch {
    // Offline: fall back to the keys kept from an earlier visit.
  }
  return stored<JSONWebKeySet>(keysStorage);
}

/** Revoked certificates by id from the published list, or undefined when it cannot be fetched (offline). */
async function revokedIds(): Promise<Map<string, StatusEntry> | undefined> {
  try {
    const response = await fetch('/api/certificates/status-list', { cache: 'no-cache' });
    if (!response.ok) return undefined;
    const list = (await response.json()) as { revoked: StatusEntry[] };
    localStorage.setItem(statusStorage, JSON.stringify(list));
    return new Map(list.revoked.map((r) => [r.id, r]));
  } catch {
    return undefined;
  }
}

/** Checks a credential (the QR content or a downloaded .jwt) with the cached keys, then revocation if online. */
export async function verifyInBrowser(
  input: string,
  keys: JSONWebKeySet | undefined,
  nowMs: number,
): Promise<BrowserVerification> {
  const jws = input.trim().replace(/^.*#/, '');
  if (!keys) return { status: 'no-keys' };
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(jws)) return { status: 'malformed' };
  let vc: {
    id?: unknown;
    issuer: VerifiedCertificate['issuer'];
    validFrom: string;
    validUntil?: string;
    credentialSubject?: {
      certificateType: string;
      certificateName?: { zh: string; en: string };
      number?: unknown;
      holder: VerifiedCertificate['holder'];
      replaces?: { id: string; number: string };
    };
  };
  try {
    const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(keys), { algorithms: ['ES256'] });
    if (protectedHeader.typ !== 'vc+jwt') return { status: 'malformed' };
    vc = JSON.parse(new TextDecoder().decode(payload));
  } catch (error) {
    if (error instanceof errors.JWKSNoMatchingKey) return { status: 'unknown-key' };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { status: 'invalid-signature' };
    return { status: 'malformed' };
  }
  const subject = vc?.credentialSubject;
  if (typeof vc?.id !== 'string' || !subject || typeof subject.number !== 'string') return { status: 'malformed' };
  const certificate: VerifiedCertificate = {
    id: vc.id.replace(/^urn:uuid:/, ''),
    type: subject.certificateType,
    typeName: subject.certificateName,
    number: subject.number,
    holder: subject.holder,
    issuer: vc.issuer,
    validFrom: vc.validFrom,
    ...(vc.validUntil ? { validUntil: vc.validUntil } : {}),
    ...(subject.replaces ? { replaces: subject.replaces } : {}),
  };
  const revoked = await revokedIds();
  const revocationChecked = revoked !== undefined;
  const revocation = revoked?.get(certificate.id);
  if (revocation)
    return {
      status: 'revoked',
      certificate,
      revocationChecked,
      ...(revocation.reason === 'renewed' && revocation.replacedBy ? { replacedBy: revocation.replacedBy } : {}),
    };
  if (Date.parse(certificate.validFrom) > nowMs) return { status: 'not-yet-valid', certificate, revocationChecked };
  if (certificate.validUntil && Date.parse(certificate.validUntil) <= nowMs)
    return { status: 'expired', certificate, revocationChecked };
  return { status: 'valid', certificate, revocationChecked };
}
