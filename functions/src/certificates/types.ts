import type { Bilingual } from '../catalog/taxonomy.js';

/**
 * The e-certificate types (电子证照类型) the district issues, and which service items issue them. The
 * type codes are the catalog's `eCertificateType` vocabulary (the materials a certificate can stand in
 * for), so a certificate issued here is the one a later application may reuse instead of an upload.
 */
export interface CertificateType {
  readonly code: string;
  readonly name: Bilingual;
  /** Items whose approval issues this certificate. */
  readonly issuedBy: readonly string[];
  /** Years of validity from the issue date; none: valid until revoked. */
  readonly validityYears?: number;
  /** Form answers copied into the credential's fields (never the ID number in full). */
  readonly fields: readonly string[];
}

export const certificateTypes: readonly CertificateType[] = [
  {
    code: 'marriage-certificate',
    name: { zh: '结婚证', en: 'Marriage certificate' },
    issuedBy: ['440104-MZ-0001', '440104-MZ-0003'],
    fields: [],
  },
  {
    code: 'elderly-allowance-certificate',
    name: { zh: '高龄老人津贴资格证明', en: 'Old-age allowance eligibility certificate' },
    issuedBy: ['440104-MZ-0007'],
    validityYears: 1,
    fields: ['address'],
  },
  {
    code: 'business-licence',
    name: { zh: '营业执照', en: 'Business licence' },
    issuedBy: ['440104-SJ-0001'],
    fields: ['organisationName', 'creditCode', 'legalRepresentative'],
  },
];

/** The certificate type an approved case of `itemCode` yields, if any. */
export function certificateTypeIssuedBy(itemCode: string): CertificateType | undefined {
  return certificateTypes.find((t) => t.issuedBy.includes(itemCode));
}

export function certificateTypeByCode(code: string): CertificateType | undefined {
  return certificateTypes.find((t) => t.code === code);
}
