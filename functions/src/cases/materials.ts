import type { PublishedGuide } from '../catalog/model.js';
import { verifiedMaterial } from '../documents/service.js';
import { AppError } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import type { ReceivedMaterial, SubmitCaseInput } from './model.js';

/**
 * Checks the files given for an item's materials: each names a material of the guide, every required
 * material has at least one file, and every file is the caller's own, uploaded, of the declared type and
 * size and cleared by the scan (documents/). 422 naming the material or file otherwise. Materials given as
 * an e-certificate instead are checked by certificate-materials.ts.
 */
export async function receiveMaterials(
  principal: Principal,
  item: PublishedGuide,
  given: SubmitCaseInput['materials'],
): Promise<ReceivedMaterial[]> {
  given.forEach((entry, index) => {
    if (entry.material >= item.materials.length) {
      throw new AppError(
        422,
        'MATERIAL_UNKNOWN',
        `materials.${index}.material: the item has no material ${entry.material}`,
        {
          field: `materials.${index}.material`,
        },
      );
    }
  });
  item.materials.forEach((material, index) => {
    if (material.required && !given.some((g) => g.material === index)) {
      throw new AppError(422, 'MATERIAL_MISSING', `materials: ${material.name.en} (${material.name.zh}) is required`, {
        field: 'materials',
        material: index,
      });
    }
  });
  const received: ReceivedMaterial[] = [];
  for (const [index, entry] of given.entries()) {
    for (const [position, documentId] of (entry.documentIds ?? []).entries()) {
      const file = await verifiedMaterial(principal, documentId, `materials.${index}.documentIds.${position}`);
      received.push({ material: entry.material, name: item.materials[entry.material]!.name, ...file });
    }
  }
  return received;
}
