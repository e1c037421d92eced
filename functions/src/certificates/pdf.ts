import { config } from '../platform/config.js';
import type { Principal } from '../platform/principal.js';
import { renderCertificatePdf } from '../pdf/certificate-pdf.js';
import type { CertificateView } from './model.js';
import { myCertificate } from './service.js';

/** The printed names of the fields a certificate type copies from the form (types.ts). */
const fieldLabels: Record<string, { zh: string; en: string }> = {
  address: { zh: '住址', en: 'Address' },
  organisationName: { zh: '名称', en: 'Name' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  legalRepresentative: { zh: '法定代表人', en: 'Legal representative' },
};

/**
 * The address a certificate's QR code carries: the /verify page with the signed credential after `#` (the
 * same as the wallet's QR code; the fragment never reaches a server, and /verify reads the credential from it).
 */
export const verifyUrlOf = (credential: string) => `${config().PUBLIC_ORIGIN}/verify#${credential}`;

/** A certificate as its PDF rendering: layout, seal image and the QR code of the signed credential. */
export function certificatePdf(view: CertificateView): Promise<Uint8Array> {
  return renderCertificatePdf({
    number: view.number,
    typeName: view.typeName,
    holder: view.holder,
    departmentName: view.departmentName,
    issuedAt: view.issuedAt,
    ...(view.validUntil ? { validUntil: view.validUntil } : {}),
    fields: Object.entries(view.fields).map(([key, value]) => ({
      label: fieldLabels[key] ?? { zh: key, en: key },
      value,
    })),
    status: view.status,
    verifyUrl: verifyUrlOf(view.credential),
  });
}

/** One of the caller's certificates as PDF (404 for anyone else's, as for the certificate itself). */
export async function myCertificatePdf(
  principal: Principal,
  id: string,
): Promise<{ view: CertificateView; pdf: Uint8Array }> {
  const view = await myCertificate(principal, id);
  return { view, pdf: await certificatePdf(view) };
}
