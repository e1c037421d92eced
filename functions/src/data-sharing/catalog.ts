import { departments } from '../catalog/taxonomy.js';
import { AppError } from '../platform/errors.js';
import { getItem } from '../registries/store.js';
import type { RegistryKind } from '../registries/model.js';
import type { DataResource, ResourceQuery } from './model.js';
import { seedResources, type SeedResource } from './seed.js';

/**
 * The data resource catalog: the published resources with their live record counts, searched by words in
 * any language (identifier, titles, description, keywords, field names) and filtered by owner and class.
 */

/** The data center owns the base registries; it is no department of the service catalog. */
const dataCenter = { code: 'data-center', name: { zh: '越秀区政务服务数据管理局', en: 'Data Administration Bureau' } };

export function departmentName(code: string): { zh: string; en: string } {
  if (code === dataCenter.code) return dataCenter.name;
  return departments.find((d) => d.code === code)?.name ?? { zh: code, en: code };
}

/**
 * Records of a registry as its last quality run counted them (every import and the seed run one); null
 * while a registry was never measured. Read by key only: functions never Scan (infra/lib/access-grants.ts).
 */
async function registryCount(kind: RegistryKind): Promise<number | null> {
  const quality = await getItem('QUALITY', kind);
  const measured = (quality?.quality as { records?: number } | undefined)?.records;
  return typeof measured === 'number' ? measured : null;
}

async function resolve(seed: SeedResource): Promise<DataResource> {
  const { identifier, title, ownerDepartment, description, keywords, fields, updateFrequency } = seed;
  const base = { identifier, title, ownerDepartment, ownerName: departmentName(ownerDepartment), description };
  const rest = { keywords, fields, updateFrequency, sharingClass: seed.sharingClass, format: seed.format };
  const meta = { version: seed.version, modifiedAt: seed.modifiedAt };
  if ('registry' in seed) {
    return {
      ...base,
      ...rest,
      recordCount: await registryCount(seed.registry),
      recordCountSource: 'registry',
      ...meta,
    };
  }
  return { ...base, ...rest, recordCount: seed.declaredRecords, recordCountSource: 'declared', ...meta };
}

/** Whether `resource` matches every word of `q` (case-insensitive; Chinese matched as substrings). */
export function matches(resource: DataResource, q: string | undefined): boolean {
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [
    resource.identifier,
    resource.title.zh,
    resource.title.en,
    resource.description.zh,
    resource.description.en,
    resource.ownerName.zh,
    resource.ownerName.en,
    ...resource.keywords,
    ...resource.fields.flatMap((f) => [f.name, f.title.zh, f.title.en]),
  ]
    .join('\n')
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

export async function listResources(query: ResourceQuery): Promise<{ items: DataResource[]; total: number }> {
  const candidates = seedResources.filter(
    (r) =>
      (!query.department || r.ownerDepartment === query.department) &&
      (!query.sharingClass || r.sharingClass === query.sharingClass),
  );
  const items = (await Promise.all(candidates.map(resolve))).filter((r) => matches(r, query.q));
  return { items, total: items.length };
}

/** One resource; 404 NOT_FOUND when the catalog has none with this identifier. */
export async function getResource(identifier: string): Promise<DataResource> {
  const seed = seedResources.find((r) => r.identifier === identifier);
  if (!seed) throw new AppError(404, 'NOT_FOUND', `No data resource ${identifier}`);
  return resolve(seed);
}
