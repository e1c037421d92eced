import { columns, wholeRecord, type QualityProblem, type RegistryKind, type RegistryQuality } from './model.js';
import { normalisedName } from './records.js';
import type { QualityHead, QualityIssueItem } from './store.js';

/**
 * The figures of one registry's quality, counted head by head in one pass (no I/O, so unit tests give
 * exact figures): completeness per field, near-duplicates, staleness against the platform clock, references
 * that point nowhere; and, for each problem and field, the first records found, which the drill-down lists.
 */
export interface TallyOptions {
  /** Now, by the platform clock (ms). */
  readonly now: number;
  readonly staleAfterDays: number;
  /** How many records the drill-down lists per problem and field. */
  readonly listCap: number;
}

/** Records whose current version is older than this many days are stale. */
export const staleAfterDays: Record<RegistryKind, number> = { persons: 365, entities: 365, buildings: 1095 };

/** The field whose reference a registry checks. */
export const referenceField: Record<RegistryKind, string | undefined> = {
  persons: 'buildingCode',
  entities: 'legalRepIdNumber',
  buildings: undefined,
};
const nearDuplicateField: Record<RegistryKind, string> = { persons: 'name', entities: 'name', buildings: 'address' };

const dayMs = 86_400_000;
/** Records listed per reference that points nowhere (the import refuses such rows, so they are rare). */
const listedPerReference = 3;

/** How a record is named in the drill-down: persons only masked (ID number and name), never in clear. */
export function labelOf(kind: RegistryKind, head: QualityHead): string {
  const data = head.data ?? {};
  if (kind === 'persons') return `${head.masked?.idNumber ?? ''} ${head.masked?.name ?? ''}`.trim();
  if (kind === 'entities') return `${String(data.creditCode ?? '')} ${String(data.name ?? '')}`.trim();
  return `${String(data.code ?? '')} ${String(data.address ?? '')}`.trim();
}

/** Near-duplicate keys of a head: stored keyed hashes for persons; the plain name at one address for entities. */
function duplicateKeysOf(kind: RegistryKind, head: QualityHead): readonly string[] {
  if (kind === 'persons') return head.dupKeys ?? (head.dupKey ? [head.dupKey] : []);
  if (kind === 'entities' && head.data?.name && head.data.address)
    return [`${normalisedName(String(head.data.name))}\u0000${normalisedName(String(head.data.address))}`];
  return [];
}

interface Found {
  count: number;
  items: QualityIssueItem[];
}

export class QualityTally {
  private records = 0;
  private readonly filled = new Map<string, number>();
  private readonly found = new Map<string, Found>();
  private readonly firstByKey = new Map<string, QualityIssueItem>();
  private readonly duplicated = new Set<string>();
  private readonly byReference = new Map<string, Found>();

  constructor(
    readonly kind: RegistryKind,
    private readonly options: TallyOptions,
  ) {
    for (const field of columns[kind]) this.filled.set(field, 0);
  }

  /** Counts `count` records with a problem, of which `items` are listed (up to the cap). */
  private note(problem: QualityProblem, field: string, items: readonly QualityIssueItem[], count = items.length): void {
    const key = `${problem}\u0000${field}`;
    const entry = this.found.get(key) ?? { count: 0, items: [] };
    entry.count += count;
    for (const item of items) if (entry.items.length < this.options.listCap) entry.items.push(item);
    this.found.set(key, entry);
  }

  add(head: QualityHead): void {
    this.records++;
    const label = labelOf(this.kind, head);
    const item = { record: head.pk, label };
    const filled = new Set(head.filled ?? []);
    for (const field of columns[this.kind]) {
      if (filled.has(field)) this.filled.set(field, (this.filled.get(field) ?? 0) + 1);
      else this.note('missing', field, [item]);
    }
    const at = Date.parse(head.at ?? '');
    if (Number.isFinite(at) && this.options.now - at > this.options.staleAfterDays * dayMs)
      this.note('stale', wholeRecord, [{ ...item, detail: (head.at ?? '').slice(0, 10) }]);
    for (const key of duplicateKeysOf(this.kind, head)) {
      const first = this.firstByKey.get(key);
      if (!first) {
        this.firstByKey.set(key, item);
        continue;
      }
      const where = String(head.data?.buildingCode ?? head.data?.address ?? '');
      for (const record of [first, item]) {
        if (this.duplicated.has(record.record)) continue;
        this.duplicated.add(record.record);
        this.note('nearDuplicate', nearDuplicateField[this.kind], [{ ...record, detail: where }]);
      }
    }
    for (const ref of head.refs ?? []) {
      const entry = this.byReference.get(ref) ?? { count: 0, items: [] };
      entry.count++;
      // A building is named by its code; a person only by the masked record pointing at them.
      const detail = ref.startsWith('BUILDING#') ? ref.slice('BUILDING#'.length) : undefined;
      // Every record points somewhere, so only a few per reference are kept in memory; the count stays exact.
      if (entry.items.length < listedPerReference) entry.items.push(detail ? { ...item, detail } : item);
      this.byReference.set(ref, entry);
    }
  }

  /** Every key the counted records refer to (the caller looks them up). */
  references(): string[] {
    return [...this.byReference.keys()];
  }

  /**
   * The figures, given which references exist and the rows the last import refused per field; `issues`
   * holds the records the drill-down lists, per problem and field.
   */
  finish(
    existing: ReadonlySet<string>,
    invalid: Readonly<Record<string, number>>,
  ): {
    quality: Omit<RegistryQuality, 'computedAt' | 'run'>;
    issues: { problem: QualityProblem; field: string; items: QualityIssueItem[] }[];
  } {
    const field = referenceField[this.kind];
    if (field)
      for (const [ref, entry] of this.byReference)
        if (!existing.has(ref)) this.note('dangling', field, entry.items, entry.count);
    const issues = [...this.found].map(([key, entry]) => {
      const [problem, name] = key.split('\u0000') as [QualityProblem, string];
      return { problem, field: name, count: entry.count, items: entry.items };
    });
    const count = (problem: QualityProblem) =>
      issues.filter((i) => i.problem === problem).reduce((sum, i) => sum + i.count, 0);
    const records = this.records;
    return {
      quality: {
        registry: this.kind,
        records,
        fields: [...this.filled].map(([name, n]) => ({
          field: name,
          filled: n,
          completeness: records === 0 ? 0 : Math.round((n / records) * 10_000) / 10_000,
          invalid: invalid[name] ?? 0,
        })),
        duplicates: count('nearDuplicate'),
        danglingReferences: count('dangling'),
        stale: count('stale'),
        staleAfterDays: this.options.staleAfterDays,
        invalid: Object.values(invalid).reduce((sum, n) => sum + n, 0),
        issues: issues.map((i) => ({
          problem: i.problem,
          field: i.field,
          count: i.count,
          listed: i.items.length,
        })),
      },
      issues: issues.map(({ problem, field: name, items }) => ({ problem, field: name, items })),
    };
  }
}
