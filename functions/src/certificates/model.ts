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
  /** Set on a renewed certificate: the one that replaces it. */
  replacedBy?: CertificateLink;
  /** Set on a renewal: the certificate it replaces. */
  replaces?: CertificateLink;
}

/** A pointer from a certificate to the one it replaces or that replaces it. */
export interface CertificateLink {
  id: string;
  number: string;
}

/** The revocation reason of a certificate superseded by its renewal. */
export const renewedReason = 'renewed';

export interface RevocationRecord {
  certificateId: string;
  department: string;
  reason: string;
  revokedAt: string;
  revokedBy: string;
  /** When revoked by a renewal: the certificate that replaces it, and why staff renewed it. */
  replacedBy?: CertificateLink;
  renewalReason?: string;
}

/** What a holder sees in the wallet. */
export type CertificateView = Omit<CertificateRecord, 'owner'> & {
  status: 'valid' | 'expired' | 'revoked';
  revocation?: { reason: string; revokedAt: string; replacedBy?: CertificateLink };
};

export const verifyInput = z.object({
  credential: z.string().trim().min(1, 'the credential (compact JWS) is required').max(8000, 'at most 8000 characters'),
});
export type VerifyInput = z.infer<typeof verifyInput>;

export const revokeInput = z.object({
  reason: z.string().trim().min(2, 'a reason of at least 2 characters').max(500, 'at most 500 characters'),
});

/**
 * A renewal: why, and the end of the new validity (ISO date-time, checked against the platform clock in the
 * service: it must end after now).
 */
export const renewInput = z.object({
  reason: z.string().trim().min(2, 'a reason of at least 2 characters').max(500, 'at most 500 characters'),
  validUntil: z.iso.datetime({ offset: true, message: 'an ISO 8601 date-time, e.g. 2028-12-31T23:59:59+08:00' }),
});
export type RenewInput = z.infer<typeof renewInput>;

const link = z.object({ id: z.string(), number: z.string() });
const revocationView = z.object({ reason: z.string(), revokedAt: z.string(), replacedBy: link.optional() });

/** A certificate as its holder or the issuing department sees it (the wallet's item). */
export const certificateView = z.object({
  certificateId: z.string(),
  number: z.string(),
  type: z.string(),
  typeName: z.object({ zh: z.string(), en: z.string() }),
  caseId: z.string(),
  holder: z.object({ name: z.string(), idNumberMasked: z.string().optional() }),
  department: z.string(),
  departmentName: z.object({ zh: z.string(), en: z.string() }),
  issuedAt: z.string(),
  validUntil: z.string().optional(),
  fields: z.record(z.string(), z.string()),
  credential: z.string(),
  kid: z.string(),
  replacedBy: link.optional(),
  replaces: link.optional(),
  status: z.enum(['valid', 'expired', 'revoked']),
  revocation: revocationView.optional(),
});

/** What a renewal answers: the renewed (now revoked, reason renewed) certificate and the new one. */
export const renewalView = z.object({ renewed: certificateView, certificate: certificateView });

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
      /** A renewal names the certificate it replaces (inside the signed credential). */
      replaces: link.optional(),
    })
    .optional(),
  revocation: revocationView.optional(),
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
  revoked: z.array(
    z.object({
      id: z.string(),
      revokedAt: z.string(),
      reason: z.literal('renewed').optional(),
      replacedBy: z.string().optional(),
    }),
  ),
  issuedAt: z.string(),
});
