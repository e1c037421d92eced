import type { PublishedGuide } from '../catalog/model.js';
import { certificateStatusNow, checkForReuse } from '../certificates/reuse.js';
import { badRequest } from '../platform/errors.js';
import { maskName } from '../platform/personal-data/masking.js';
import type { CertificateMaterial, SubmitCaseInput } from './model.js';

/**
 * Checks the materials given as an e-certificate from the wallet (证照核查): the material must be one a
 * certificate type can replace (the catalog's `eCertificateType`), and the certificate the applicant's own,
 * of that type and valid now (certificates/reuse.ts). 400 naming the material otherwise. `owner` is the
 * applicant's account (none: a counter filing for someone without one, who has no wallet).
 */
export async function receiveCertificates(
  owner: string | undefined,
  item: PublishedGuide,
  given: SubmitCaseInput['materials'],
): Promise<CertificateMaterial[]> {
  const checked: CertificateMaterial[] = [];
  for (const [index, entry] of given.entries()) {
    if (!entry.certificateId) continue;
    const field = `materials.${index}.certificateId`;
    const material = item.materials[entry.material]!;
    if (!material.eCertificateType) {
      throw badRequest(
        'MATERIAL_NOT_CERTIFIABLE',
        `${field}: ${material.name.en} (${material.name.zh}) cannot be replaced by an e-certificate; upload it`,
        { field, material: entry.material },
      );
    }
    if (!owner) {
      throw badRequest('CERTIFICATE_NOT_IN_WALLET', `${field}: an applicant without an account has no e-certificates`, {
        field,
        material: entry.material,
      });
    }
    const certificate = await checkForReuse(owner, entry.certificateId, {
      field,
      material: entry.material,
      materialName: material.name,
      expectedType: material.eCertificateType,
    });
    checked.push({ material: entry.material, name: material.name, ...certificate });
  }
  return checked;
}

/**
 * The reused certificates as staff see them: each checked again now (`current`), so a certificate revoked or
 * expired since the submission says so on the case page.
 */
export async function certificatesCheckedNow(certificates: readonly CertificateMaterial[] = []) {
  return Promise.all(certificates.map(async (c) => ({ ...c, current: await certificateStatusNow(c.certificateId) })));
}

/** The reused certificates with the holder's name masked (the case views and the receipt; staff may reveal it). */
export function certificatesMasked(certificates: readonly CertificateMaterial[] = []): CertificateMaterial[] {
  return certificates.map((c) => ({ ...c, holderName: maskName(c.holderName) }));
}
