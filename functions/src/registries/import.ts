import type { z } from 'zod';
import { nowMs } from '../platform/clock.js';
import { readCsv, type CsvEncoding, type CsvRecord } from './csv.js';
import { columns, rowSchemas, type Provenance, type RegistryKind } from './model.js';
import { contentHash, keyOf, refsOf, toVersion, type Row } from './records.js';
import { changedFields, type RecordChange } from './changes.js';
import { withImportLock } from './import-lock.js';
import { getHeads, writeFirstVersions, writeVersion, type RecordVersion } from './store.js';

export { ImportBusyError } from './import-lock.js';

/**
 * The bulk import of one registry's CSV: streamed in batches, each row validated (schema, check digits,
 * dates, community of the street, references to records that exist), bad rows reported (line, field,
 * reason; never the value), good rows written as a new version only when their content changed — so a
 * re-import writes nothing. A new record's first version is written in batches (store.writeFirstVersions: the
 * versions, then the heads readers see); a change to an existing record is one all-or-nothing transaction
 * conditioned on the version it replaces (store.writeVersion). The caller runs one import of a registry at a
 * time (store.takeImportLock).
 */
export interface RowError {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

export interface ImportProgress {
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rowsPerSecond: number;
}

export interface ImportOptions {
  readonly batchSize?: number;
  readonly concurrency?: number;
  readonly onProgress?: (progress: ImportProgress) => void | Promise<void>;
  readonly onError?: (error: RowError) => void;
  /** How long to wait for another import of the registry to end before giving up (default 60 s). */
  readonly lockWaitMs?: number;
  /** Each record written, with the names of its changed fields (change events of data sharing); off by default. */
  readonly onWritten?: (change: RecordChange) => void;
}

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

interface Valid {
  readonly line: number;
  readonly row: Row;
  readonly pk: string;
}

const missingReason: Record<RegistryKind, string> = {
  persons: 'no such building in the building registry',
  entities: 'the legal representative is not in the person registry',
  buildings: '',
};
const refField: Record<RegistryKind, string> = { persons: 'buildingCode', entities: 'legalRepIdNumber', buildings: '' };
async function pool<T>(items: readonly T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await run(items[next++] as T);
    }),
  );
}

function checkHeader(kind: RegistryKind, header: CsvRecord | undefined): void {
  const want = columns[kind] as readonly string[];
  const got = (header?.fields ?? []).map((f) => f.trim());
  const missing = want.filter((c) => !got.includes(c));
  const extra = got.filter((c) => !want.includes(c));
  if (missing.length > 0 || extra.length > 0 || got.join() !== want.join()) {
    throw new ImportFileError(
      `the header line must be exactly: ${want.join(',')}` +
        (missing.length ? ` (missing: ${missing.join(', ')})` : '') +
        (extra.length ? ` (unknown: ${extra.join(', ')})` : ''),
    );
  }
}

export async function importCsv(
  kind: RegistryKind,
  bytes: AsyncIterable<Uint8Array>,
  encoding: CsvEncoding,
  provenance: Provenance,
  options: ImportOptions = {},
): Promise<ImportProgress> {
  return withImportLock(kind, options.lockWaitMs ?? 60_000, (renew) =>
    importLocked(kind, bytes, encoding, provenance, options, renew),
  );
}

async function importLocked(
  kind: RegistryKind,
  bytes: AsyncIterable<Uint8Array>,
  encoding: CsvEncoding,
  provenance: Provenance,
  options: ImportOptions,
  renew: () => Promise<void>,
): Promise<ImportProgress> {
  const batchSize = options.batchSize ?? 250;
  const concurrency = options.concurrency ?? 24;
  const progress: ImportProgress = {
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rowsPerSecond: 0,
  };
  const started = nowMs();
  const reject = (error: RowError) => {
    progress.rejected++;
    options.onError?.(error);
  };
  const schema = rowSchemas[kind] as z.ZodType<Row, Record<string, string>>;
  const width = columns[kind].length;

  /** The changed fields of each new record, from its row, told once the record is committed. */
  const freshFields = new WeakMap<RecordVersion, string[]>();
  /** Validates a batch, writes its changed records (transactions) and returns its new ones, to be committed. */
  const prepare = async (records: CsvRecord[]): Promise<RecordVersion[]> => {
    const valid: Valid[] = [];
    for (const record of records) {
      if (record.fields.length !== width) {
        reject({ line: record.line, field: '*', reason: `has ${record.fields.length} fields, the header ${width}` });
        continue;
      }
      const input = Object.fromEntries(columns[kind].map((c, i) => [c, record.fields[i] as string]));
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        reject({ line: record.line, field: String(issue.path[0] ?? '*'), reason: issue.message });
        continue;
      }
      valid.push({ line: record.line, row: parsed.data, pk: await keyOf(kind, parsed.data) });
    }
    const refs = await Promise.all(valid.map((v) => refsOf(kind, v.row)));
    const heads = await getHeads([...valid.map((v) => v.pk), ...refs.flat()]);
    const fresh: RecordVersion[] = [];
    await pool(
      valid.map((v, i) => ({ ...v, refs: refs[i] as string[] })),
      concurrency,
      async (v) => {
        if (v.refs.some((r) => !heads.has(r))) {
          reject({ line: v.line, field: refField[kind], reason: missingReason[kind] });
          return;
        }
        const hash = await contentHash(kind, v.row);
        let head = heads.get(v.pk);
        if (!head) {
          const first = await toVersion(kind, v.row, v.pk, 1, hash, provenance);
          if (options.onWritten) freshFields.set(first, await changedFields(kind, undefined, v.row, v.refs));
          fresh.push(first);
          return;
        }
        for (let attempt = 0; ; attempt++) {
          if (head?.hash === hash) {
            progress.unchanged++;
            return;
          }
          const version = await toVersion(kind, v.row, v.pk, (head?.version ?? 0) + 1, hash, provenance);
          const fields = options.onWritten ? await changedFields(kind, head, v.row, v.refs) : [];
          if ((await writeVersion(version)) === 'written') {
            options.onWritten?.({ pk: v.pk, version: version.version, at: version.at, fields });
            if (head) progress.updated++;
            else progress.created++;
            return;
          }
          if (attempt >= 3) throw new Error(`line ${v.line}: the record kept changing under the import`);
          head = (await getHeads([v.pk])).get(v.pk);
        }
      },
    );
    return fresh;
  };
  /** Writes a batch's new records, 25 to a BatchWriteItem, up to `concurrency` at once. */
  const commit = async (fresh: RecordVersion[]): Promise<void> => {
    const chunks = Array.from({ length: Math.ceil(fresh.length / 25) }, (_, i) => fresh.slice(i * 25, i * 25 + 25));
    await pool(chunks, concurrency, async (chunk) => {
      await writeFirstVersions(chunk);
      progress.created += chunk.length;
      for (const first of chunk) {
        options.onWritten?.({
          pk: first.pk,
          version: first.version,
          at: first.at,
          fields: freshFields.get(first) ?? [],
        });
      }
    });
  };

  // One batch is committed while the next is prepared — unless the next holds a key of the one in flight,
  // which then lands first, so every record's versions are written in file order.
  let inflight: { keys: Set<string>; done: Promise<unknown> } | undefined;
  let failure: { error: unknown } | undefined;
  const settle = async () => {
    await inflight?.done;
    inflight = undefined;
    if (failure) throw failure.error;
  };
  const rowKey = (record: CsvRecord) => record.fields[0]?.trim().toUpperCase() ?? '';

  let header: CsvRecord | undefined;
  let batch: CsvRecord[] = [];
  const flush = async () => {
    // A key twice in one batch waits for the next batch, so its versions are written in file order.
    let current = batch;
    while (current.length > 0) {
      const seen = new Set<string>();
      const now: CsvRecord[] = [];
      const later: CsvRecord[] = [];
      for (const record of current) {
        const key = rowKey(record);
        (seen.has(key) ? later : now).push(record);
        seen.add(key);
      }
      const keys = seen;
      if ([...keys].some((k) => inflight?.keys.has(k))) await settle();
      await renew();
      const fresh = await prepare(now);
      await settle();
      const done = commit(fresh).then(async () => {
        progress.processed += now.length;
        progress.rowsPerSecond = Math.round((progress.processed * 1000) / Math.max(nowMs() - started, 1));
        await options.onProgress?.({ ...progress });
      });
      // Kept until the next batch awaits it; a failure is rethrown there, never left unhandled.
      inflight = { keys, done: done.catch((error: unknown) => (failure = { error })) };
      current = later;
    }
    batch = [];
  };
  try {
    for await (const record of readCsv(bytes, encoding)) {
      if (!header) {
        header = record;
        checkHeader(kind, header);
        continue;
      }
      batch.push(record);
      if (batch.length >= batchSize) await flush();
    }
    if (!header) throw new ImportFileError('the file is empty: it needs a header line');
    await flush();
    await settle();
    return progress;
  } finally {
    // Nothing is left writing once the import returns or fails (its lease is given back after this).
    await inflight?.done;
  }
}
