import { compactVerify, createLocalJWKSet, errors as joseErrors } from 'jose';
import type { CertificateSigner, PublicSigningKey } from './signer/port.js';
import type { VerificationResult } from './model.js';

/**
 * The format of an e-certificate: a W3C Verifiable Credential (Data Model 2.0) secured with JOSE as in
 * "Securing Verifiable Credentials using JOSE and COSE": the credential itself is the payload of a compact
 * JWS, `typ: vc+jwt`, signed ES256 (ECDSA P-256, SHA-256) under a key published in the district's JWKS.
 * Anyone can check it with the JWKS alone (e.g. jose's compactVerify); revocation is the status list.
 */

export const credentialContext = 'https://www.w3.org/ns/credentials/v2';
export const credentialType = 'YuexiuECertificate';

export interface CredentialPayload {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; name: { zh: string; en: string } };
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    certificateType: string;
    certificateName: { zh: string; en: string };
    number: string;
    holder: { name: string; idNumberMasked?: string };
    fields: Record<string, string>;
    /** A renewal names the certificate it replaces. */
    replaces?: { id: string; number: string };
  };
  credentialStatus: { id: string; type: 'YuexiuRevocationList'; statusPurpose: 'revocation' };
}

const encoder = new TextEncoder();
const b64 = (data: Uint8Array | string) =>
  Buffer.from(typeof data === 'string' ? encoder.encode(data) : data).toString('base64url');

/** Signs `payload` with the signer's current key; returns the compact JWS and the key's id. */
export async function signCredential(
  signer: CertificateSigner,
  payload: CredentialPayload,
): Promise<{ jws: string; kid: string }> {
  const kid = await signer.currentKeyId();
  const header = { alg: 'ES256', kid, typ: 'vc+jwt', cty: 'vc' };
  const signingInput = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  const signature = await signer.sign(kid, encoder.encode(signingInput));
  return { jws: `${signingInput}.${b64(signature)}`, kid };
}

/** Reads the payload of a compact JWS without checking it (for listing what a failed check was about). */
function looksLikeCredential(value: unknown): value is CredentialPayload {
  const p = value as CredentialPayload;
  return (
    typeof p === 'object' &&
    p !== null &&
    Array.isArray(p['@context']) &&
    p['@context'][0] === credentialContext &&
    Array.isArray(p.type) &&
    p.type.includes('VerifiableCredential') &&
    typeof p.id === 'string' &&
    typeof p.validFrom === 'string' &&
    typeof p.credentialSubject?.number === 'string'
  );
}

function summary(p: CredentialPayload): NonNullable<VerificationResult['certificate']> {
  return {
    id: p.id.replace(/^urn:uuid:/, ''),
    type: p.credentialSubject.certificateType,
    typeName: p.credentialSubject.certificateName,
    number: p.credentialSubject.number,
    holder: p.credentialSubject.holder,
    issuer: p.issuer,
    validFrom: p.validFrom,
    ...(p.validUntil ? { validUntil: p.validUntil } : {}),
    fields: p.credentialSubject.fields ?? {},
    ...(p.credentialSubject.replaces ? { replaces: p.credentialSubject.replaces } : {}),
  };
}

/**
 * Checks a credential's signature against `keys` and its validity period at `nowMs`. Revocation is not
 * checked here (the caller looks it up online). Never throws for bad input: the status says what failed.
 */
export async function verifyCredential(
  jws: string,
  keys: readonly PublicSigningKey[],
  nowMs: number,
): Promise<VerificationResult> {
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(jws)) return { status: 'malformed', valid: false };
  let payload: unknown;
  try {
    const verified = await compactVerify(jws, createLocalJWKSet({ keys: keys.map((k) => ({ ...k })) }), {
      algorithms: ['ES256'],
    });
    if (verified.protectedHeader.typ !== 'vc+jwt') return { status: 'malformed', valid: false };
    payload = JSON.parse(new TextDecoder().decode(verified.payload));
  } catch (error) {
    if (error instanceof joseErrors.JWKSNoMatchingKey) return { status: 'unknown-key', valid: false };
    if (error instanceof joseErrors.JWSSignatureVerificationFailed)
      return { status: 'invalid-signature', valid: false };
    return { status: 'malformed', valid: false };
  }
  if (!looksLikeCredential(payload)) return { status: 'malformed', valid: false };
  const certificate = summary(payload);
  if (Date.parse(payload.validFrom) > nowMs) return { status: 'not-yet-valid', valid: false, certificate };
  if (payload.validUntil && Date.parse(payload.validUntil) <= nowMs)
    return { status: 'expired', valid: false, certificate };
  return { status: 'valid', valid: true, certificate };
}
