import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { joseToDer } from '../certificates/signer/kms.js';
import type { CertificateSigner } from '../certificates/signer/port.js';
import type { CmsSigner } from '../pdf/pdf-signature.js';
import { oids, sealCertificate, type SealHolder } from './seal-certificate.js';

/**
 * The CMS SignedData (RFC 5652) of a signed document's PDF, detached, as adbe.pkcs7.detached wants: the SHA-256
 * of the signed bytes in the signed attributes with the content type and the signing time (the document's
 * signing, from the one clock) and the ESS signing-certificate-v2 (RFC 5035) binding the seal certificate, which
 * travels in the SignedData; the ECDSA P-256 signature over the DER of those attributes comes from the key port.
 */

const cmsOids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

const attribute = (type: string, value: asn1js.AsnType) => new pkijs.Attribute({ type, values: [value] });

/** DER orders a SET OF by its members' encodings. */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: Buffer.from(a.toSchema().toBER(false)) }));
  return encoded.sort((x, y) => Buffer.compare(x.der, y.der)).map((e) => e.a);
}

/** A CMS signer for one document: its department's seal under the signer's current key, at `signingTime`. */
export async function sealCmsSigner(
  signer: CertificateSigner,
  holder: SealHolder,
  signingTime: string,
): Promise<CmsSigner> {
  const kid = await signer.currentKeyId();
  const certificate = await sealCertificate(signer, kid, holder);
  const certificateDer = new Uint8Array(certificate.toSchema().toBER(false));
  return async (signedBytes) => {
    const signingCertificate = new asn1js.Sequence({
      value: [
        new asn1js.Sequence({
          value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: sha256(certificateDer) })] })],
        }),
      ],
    });
    const attributes = derSorted([
      attribute(cmsOids.contentType, new asn1js.ObjectIdentifier({ value: cmsOids.data })),
      attribute(cmsOids.signingTime, new asn1js.UTCTime({ valueDate: new Date(signingTime) })),
      attribute(cmsOids.messageDigest, new asn1js.OctetString({ valueHex: sha256(signedBytes) })),
      attribute(cmsOids.signingCertificateV2, signingCertificate),
    ]);
    // The signature covers the attributes' DER as a SET (RFC 5652 §5.4), not as the [0] they are stored in.
    const signedAttributes = new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER(false);
    const signature = joseToDer(await signer.sign(kid, new Uint8Array(signedAttributes)));
    const digestAlgorithm = () => new pkijs.AlgorithmIdentifier({ algorithmId: oids.sha256 });
    const signerInfo = new pkijs.SignerInfo({
      version: 1,
      sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
      digestAlgorithm: digestAlgorithm(),
      signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: oids.ecdsaWithSha256 }),
      signature: new asn1js.OctetString({ valueHex: signature }),
    });
    const signedData = new pkijs.SignedData({
      version: 1,
      digestAlgorithms: [digestAlgorithm()],
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: cmsOids.data }),
      certificates: [certificate],
      signerInfos: [signerInfo],
    });
    const contentInfo = new pkijs.ContentInfo({ contentType: cmsOids.signedData, content: signedData.toSchema(true) });
    return new Uint8Array(contentInfo.toSchema().toBER(false));
  };
}
