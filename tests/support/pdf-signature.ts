import { createHash, createPublicKey, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * An independent check of a signed PDF, written from the specifications (ISO 32000-1 §12.8, RFC 5652), not
 * from our signing code: the last /ByteRange and the /Contents it leaves out are read from the bytes, the CMS
 * is parsed with pkijs, the messageDigest attribute compared with the SHA-256 of the covered bytes, and the
 * ECDSA signature checked by node:crypto over the DER of the signed attributes (tagged as a SET), with the
 * public key of the certificate the CMS carries.
 */

const oid = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  commonName: '2.5.4.3',
};

export interface PdfSignatureCheck {
  byteRange: [number, number, number, number];
  /** The ranges cover the whole file but the /Contents hex string. */
  coversFile: boolean;
  subFilter: string | undefined;
  contentType: string | undefined;
  digestMatches: boolean;
  signatureValid: boolean;
  /** The certificate verifies under its own key (self-signed). */
  certificateSelfSigned: boolean;
  signingTime: Date | undefined;
  signerCommonName: string | undefined;
}

const attributeValue = (attrs: pkijs.Attribute[], type: string) => attrs.find((a) => a.type === type)?.values[0];

export function checkPdfSignature(pdf: Uint8Array): PdfSignatureCheck {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) throw new Error('no /ByteRange');
  const byteRange = last.slice(1, 5).map(Number) as [number, number, number, number];
  const [a, b, c, d] = byteRange;
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(text)?.[1];
  const hex = bytes.subarray(a + b, c).toString('latin1');
  if (!hex.startsWith('<') || !hex.endsWith('>')) throw new Error('the /ByteRange gap is not the /Contents string');
  const der = Buffer.from(hex.slice(1, -1), 'hex');

  const contentInfo = new pkijs.ContentInfo({ schema: asn1js.fromBER(der).result });
  if (contentInfo.contentType !== oid.signedData) throw new Error(`not SignedData: ${contentInfo.contentType}`);
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const signer = signedData.signerInfos[0]!;
  const certificate = signedData.certificates?.find((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
  if (!certificate || !signer.signedAttrs) throw new Error('no certificate or no signed attributes');
  const attrs = signer.signedAttrs.attributes;

  const covered = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const digest = attributeValue(attrs, oid.messageDigest) as asn1js.OctetString | undefined;
  const digestMatches =
    digest !== undefined &&
    Buffer.from(digest.valueBlock.valueHexView).equals(createHash('sha256').update(covered).digest());

  // The signed attributes as they stand in the CMS ([0] IMPLICIT), re-tagged as the SET OF they are signed as.
  const signedAttributes = Buffer.from(new Uint8Array(signer.signedAttrs.encodedValue));
  signedAttributes[0] = 0x31;
  const publicKey = createPublicKey({
    key: Buffer.from(certificate.subjectPublicKeyInfo.toSchema().toBER(false)),
    format: 'der',
    type: 'spki',
  });
  const signatureValid = verify(
    'sha256',
    signedAttributes,
    publicKey,
    Buffer.from(signer.signature.valueBlock.valueHexView),
  );
  const certificateSelfSigned = verify(
    'sha256',
    Buffer.from(certificate.tbsView),
    publicKey,
    Buffer.from(certificate.signatureValue.valueBlock.valueHexView),
  );
  const time = attributeValue(attrs, oid.signingTime) as asn1js.UTCTime | undefined;
  const type = attributeValue(attrs, oid.contentType) as asn1js.ObjectIdentifier | undefined;
  const cn = certificate.subject.typesAndValues.find((t) => t.type === oid.commonName);
  return {
    byteRange,
    coversFile: a === 0 && c + d === bytes.length && a + b < c,
    subFilter,
    contentType: type?.valueBlock.toString(),
    digestMatches,
    signatureValid,
    certificateSelfSigned,
    signingTime: time?.toDate(),
    signerCommonName: cn?.value.valueBlock.value as string | undefined,
  };
}

/** The signature fields pdf.js finds on the pages (annotations of field type Sig). */
export async function signatureFields(pdf: Uint8Array): Promise<{ page: number; fieldName: string }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;
  const fields: { page: number; fieldName: string }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const annotation of await (await doc.getPage(n)).getAnnotations()) {
      if (annotation.fieldType === 'Sig') fields.push({ page: n, fieldName: annotation.fieldName });
    }
  }
  await doc.destroy();
  return fields;
}
