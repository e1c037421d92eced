import { z } from 'zod';

/** A certificate id: a UUID, the credential's `urn:uuid:` id. */
export const certificateId = z.string().uuid();

/** The holder of a certificate as printed on it: the name and the masked ID number. */
export interface CertificateHolder {
  name: string;
  idNumberMasked?: string;
}

/** The stored record of an issued certificate (the signed credential and what lists need). */
export interface CertificateRecord {
  certificateId: string;
  /** The certificate number printed on it, e.g. 越MZ证〔2026〕000123号. */
  number: string;
  type: string;
  typeName: { zh: string; en: string };
  caseId: string;
  /** The holder's account. */
  owner: string;
  holder: CertificateHolder;
  department: string;
  departmentName: { zh: string; en: string };
  issuedAt: string;
  validUntil?: string;
  fields: Record<string, string>;
  /** The compact JWS (vc+jwt) the holder downloads and the QR code carries. */
  credential: string;
  kid: string;
}

export interface RevocationRecord {
  certificateId: string;
  department: string;
  reason: string;
  revokedAt: string;
  revokedBy: string;
}

/** What a holder sees in the wallet. */
export type CertificateView = Omit<CertificateRecord, 'owner'> & {
  status: 'valid' | 'expired' | 'revoked';
  revocation?: { reason: string; revokedAt: string };
};

export const verifyInput = z.object({
  credential: z.string().trim().min(1, 'the credential (compact JWS) is required').max(8000, 'at most 8000 characters'),
});
export type VerifyInput = z.infer<typeof verifyInput>;

export const revokeInput = z.object({
  reason: z.string().trim().min(2, 'a reason of at least 2 characters').max(500, 'at most 500 characters'),
});

export const verificationStatuses = [
  'valid',
  'revoked',
  'expired',
  'not-yet-valid',
  'invalid-signature',
  'unknown-key',
  'malformed',
] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

export const verificationResult = z.object({
  status: z.enum(verificationStatuses),
  valid: z.boolean(),
  certificate: z
    .object({
      id: z.string(),
      type: z.string(),
      typeName: z.object({ zh: z.string(), en: z.string() }).optional(),
      number: z.string(),
      holder: z.object({ name: z.string(), idNumberMasked: z.string().optional() }),
      issuer: z.object({ id: z.string(), name: z.object({ zh: z.string(), en: z.string() }) }),
      validFrom: z.string(),
      validUntil: z.string().optional(),
      fields: z.record(z.string(), z.string()),
    })
    .optional(),
  revocation: z.object({ reason: z.string(), revokedAt: z.string() }).optional(),
});
export type VerificationResult = z.infer<typeof verificationResult>;

const publicKey = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string(),
  y: z.string(),
  kid: z.string(),
  alg: z.literal('ES256'),
  use: z.literal('sig'),
});
export const jwks = z.object({ keys: z.array(publicKey) });

export const statusListView = z.object({
  /** The compact JWS of the list, signed like the certificates. */
  list: z.string(),
  revoked: z.array(z.object({ id: z.string(), revokedAt: z.string() })),
  issuedAt: z.string(),
});
