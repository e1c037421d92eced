/**
 * The signing key port of e-certificates (电子证照). Adapters: `signer/kms.ts` (asymmetric ECC_NIST_P256
 * keys in AWS KMS) and `signer/local.ts` (P-256 keys derived from the local cloud's master key);
 * `signer/index.ts` chooses one from config, once. Every key a signer ever used stays published, so a
 * rotation never invalidates a certificate signed under an older key. Official documents sign their PDFs with
 * the same port (official-documents/seal-signature.ts).
 */

/** A published verification key: a P-256 public JWK with its RFC 7638 thumbprint as `kid`. */
export interface PublicSigningKey {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly kid: string;
  readonly alg: 'ES256';
  readonly use: 'sig';
}

export interface CertificateSigner {
  /** The `kid` of the key that signs new credentials. */
  currentKeyId(): Promise<string>;
  /** ES256 over `signingInput` with key `kid`: the raw 64-byte r‖s signature JWS expects. */
  sign(kid: string, signingInput: Uint8Array): Promise<Uint8Array>;
  /** Every key this signer has used, the current one last. */
  publicKeys(): Promise<readonly PublicSigningKey[]>;
}
