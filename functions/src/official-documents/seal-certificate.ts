import { createHash, createPublicKey } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { joseToDer } from '../certificates/signer/kms.js';
import type { CertificateSigner } from '../certificates/signer/port.js';

/**
 * The X.509 certificate of a department's electronic seal (电子公章): the platform's signing key (the
 * e-certificates' key port: KMS on AWS, derived from the local master key locally) certifies itself under the
 * department's name — a self-signed end-entity certificate for digital signatures. It is deterministic in all
 * but the ECDSA signature's randomness: the serial number is a hash of department and key, the validity fixed
 * (from 2020 with no set end, RFC 5280 §4.1.2.5's 99991231235959Z), so no date of today enters it. Readers
 * show a PDF signed under it as signed and unchanged, by a signer they do not yet trust (no public CA issued it).
 */

export const oids = {
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  country: '2.5.4.6',
  organisation: '2.5.4.10',
  unit: '2.5.4.11',
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
} as const;

/** The department named in the certificate. */
export interface SealHolder {
  /** The department's code (the organisational unit). */
  code: string;
  /** Its Chinese name (the common name, with 电子公章). */
  name: string;
}

const organisation = '广州市越秀区人民政府';
const validFrom = new Date('2020-01-01T00:00:00Z');
const noSetEnd = new Date('9999-12-31T23:59:59Z');

/** C, O, OU and CN, each its own relative distinguished name (pkijs would put a list of them into one). */
function distinguishedName(holder: SealHolder): pkijs.RelativeDistinguishedNames {
  const parts: [string, asn1js.PrintableString | asn1js.Utf8String][] = [
    [oids.country, new asn1js.PrintableString({ value: 'CN' })],
    [oids.organisation, new asn1js.Utf8String({ value: organisation })],
    [oids.unit, new asn1js.Utf8String({ value: holder.code })],
    [oids.commonName, new asn1js.Utf8String({ value: `${holder.name}（电子公章）` })],
  ];
  const name = new asn1js.Sequence({
    value: parts.map(
      ([type, value]) =>
        new asn1js.Set({
          value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), value] })],
        }),
    ),
  });
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(name.toBER(false)).result });
}

const extension = (extnID: string, critical: boolean, value: asn1js.AsnType) =>
  new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });

/** The SubjectPublicKeyInfo (DER) of the signer's key `kid`. */
async function publicKeyInfo(signer: CertificateSigner, kid: string): Promise<Uint8Array> {
  const jwk = (await signer.publicKeys()).find((k) => k.kid === kid);
  if (!jwk) throw new Error(`No published signing key ${kid}`);
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, format: 'jwk' });
  return key.export({ type: 'spki', format: 'der' });
}

/** The certificate of `holder`'s seal under key `kid`, signed with that key. */
export async function issueSealCertificate(
  signer: CertificateSigner,
  kid: string,
  holder: SealHolder,
): Promise<pkijs.Certificate> {
  const spki = await publicKeyInfo(signer, kid);
  const serial = createHash('sha256').update(`official-document-seal\n${holder.code}\n${kid}`).digest().subarray(0, 16);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  const ecdsa = () => new pkijs.AlgorithmIdentifier({ algorithmId: oids.ecdsaWithSha256 });
  const keyId = createHash('sha1').update(spki).digest();
  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: serial }),
    signature: ecdsa(),
    issuer: distinguishedName(holder),
    subject: distinguishedName(holder),
    notBefore: new pkijs.Time({ type: pkijs.TimeType.UTCTime, value: validFrom }),
    notAfter: new pkijs.Time({ type: pkijs.TimeType.GeneralizedTime, value: noSetEnd }),
    subjectPublicKeyInfo: new pkijs.PublicKeyInfo({ schema: asn1js.fromBER(spki).result }),
    extensions: [
      extension(oids.basicConstraints, true, new asn1js.Sequence({ value: [] })),
      // digitalSignature and nonRepudiation (contentCommitment): bits 0 and 1.
      extension(oids.keyUsage, true, new asn1js.BitString({ valueHex: new Uint8Array([0xc0]), unusedBits: 6 })),
      extension(oids.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: keyId })),
    ],
    signatureAlgorithm: ecdsa(),
  });
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER(false));
  const signature = joseToDer(await signer.sign(kid, certificate.tbsView));
  certificate.signatureValue = new asn1js.BitString({ valueHex: signature });
  return certificate;
}

const issued = new Map<string, Promise<pkijs.Certificate>>();

/** The seal certificate, issued once per process for each department and key. */
export function sealCertificate(
  signer: CertificateSigner,
  kid: string,
  holder: SealHolder,
): Promise<pkijs.Certificate> {
  const key = `${holder.code}\n${holder.name}\n${kid}`;
  let certificate = issued.get(key);
  if (!certificate) {
    certificate = issueSealCertificate(signer, kid, holder);
    issued.set(key, certificate);
    certificate.catch(() => issued.delete(key));
  }
  return certificate;
}
