import { nowIso } from '../platform/clock.js';
import { columns, registryKinds, type QualityReport, type RegistryKind } from './model.js';
import { getHeads, getItem, putItem, scanHeads } from './store.js';

/**
 * Data quality of a registry, per field and overall: completeness (share of records with the field
 * filled), duplicates (records sharing a near-duplicate key: a person's name at one building), references
 * that point nowhere, and the rows the last import refused as invalid. Computed from the stored heads
 * (plain quality fields only; nothing is decrypted) and kept as one item per registry.
 */
type RegistryQuality = QualityReport['registries'][number];

const qualityKey = (kind: RegistryKind) => ({ pk: 'QUALITY', sk: kind });

export async function computeQuality(kind: RegistryKind, invalid: number): Promise<RegistryQuality> {
  let records = 0;
  const filled = new Map<string, number>(columns[kind].map((c) => [c, 0]));
  const dupKeys = new Map<string, number>();
  const refs = new Set<string>();
  await scanHeads(kind, (head) => {
    records++;
    for (const field of head.filled ?? []) filled.set(field, (filled.get(field) ?? 0) + 1);
    if (head.dupKey) dupKeys.set(head.dupKey, (dupKeys.get(head.dupKey) ?? 0) + 1);
    for (const ref of head.refs ?? []) refs.add(ref);
  });
  const found = await getHeads([...refs]);
  const quality: RegistryQuality = {
    registry: kind,
    records,
    fields: [...filled].map(([field, n]) => ({
      field,
      filled: n,
      completeness: records === 0 ? 0 : Math.round((n / records) * 10_000) / 10_000,
    })),
    duplicates: [...dupKeys.values()].reduce((sum, n) => sum + (n - 1), 0),
    danglingReferences: [...refs].filter((r) => !found.has(r)).length,
    invalid,
  };
  await putItem({ ...qualityKey(kind), quality, computedAt: nowIso() });
  return quality;
}

/** The latest quality figures of every registry (computed now for a registry never measured). */
export async function qualityReport(): Promise<QualityReport> {
  const registries: RegistryQuality[] = [];
  let computedAt = '';
  for (const kind of registryKinds) {
    const item = await getItem('QUALITY', kind);
    if (item) {
      registries.push(item.quality as RegistryQuality);
      if (String(item.computedAt) > computedAt) computedAt = String(item.computedAt);
    } else {
      registries.push(await computeQuality(kind, 0));
      computedAt = nowIso();
    }
  }
  return { computedAt, registries };
}
