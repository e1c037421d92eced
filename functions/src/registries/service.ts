import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../platform/aws-clients.js';
import { nowIso } from '../platform/clock.js';
import { config } from '../platform/config.js';
import { badRequest, conflict, notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import { publishRegistryChanges } from '../data-sharing/change-events.js';
import type { RecordChange } from './changes.js';
import { csvLine } from './csv.js';
import { ImportBusyError, importCsv, ImportFileError } from './import.js';
import type { derivedFromId, ImportInput, ImportJob, PersonRow, PersonView, RegistryKind } from './model.js';
import { computeQuality } from './quality.js';
import { buildingKey, entityKey, openPerson, personKey } from './records.js';
import { getHead, getHistory, getItem, putItem, putNewItem, recordPrefix, type RecordVersion } from './store.js';

/** Where an import's error file is kept (documents bucket). */
export const errorFilePrefix = 'registry-imports/';

/** A person's fields as the registry holds them, decrypted. */
export type PersonRecord = PersonRow & ReturnType<typeof derivedFromId>;

const provenanceOf = (v: RecordVersion) => ({
  version: v.version,
  at: v.at,
  by: v.by,
  reason: v.reason,
  source: v.source,
});

/** A person by exact resident ID number, decrypted, with the history of versions (no values of old ones). */
export async function lookupPerson(idNumber: string): Promise<PersonView> {
  const pk = await personKey(idNumber);
  const head = await getHead(pk);
  if (!head) throw notFound('Person');
  const person = await openPerson(head);
  return { ...person, current: provenanceOf(head), history: (await getHistory(pk)).map(provenanceOf) };
}

async function lookupRecord(pk: string, what: string) {
  const head = await getHead(pk);
  if (!head) throw notFound(what);
  const data = { ...head.data, ...head.masked };
  return { data, current: provenanceOf(head), history: (await getHistory(pk)).map(provenanceOf) };
}

/**
 * The person whose resident ID number has this blind index (the index profiles keep for a verified number),
 * decrypted, or undefined when the registry has no such person. A read of personal data the caller audits.
 */
export async function personByBlindIndex(blindIndex: string): Promise<PersonRecord | undefined> {
  const head = await getHead(`${recordPrefix.persons}${blindIndex}`);
  return head ? openPerson(head) : undefined;
}

/** What binding an account to a legal entity needs to know of it: its name, status and representative. */
export interface EntityParties {
  readonly creditCode: string;
  readonly name: string;
  readonly status: string;
  /** The blind index of the legal representative's resident ID number (never the number). */
  readonly legalRepIndex: string;
}

/** The parties of a legal entity by credit code, or undefined when the registry has no such entity. */
export async function entityParties(creditCode: string): Promise<EntityParties | undefined> {
  const head = await getHead(entityKey(creditCode));
  if (!head) return undefined;
  const rep = head.refs.find((ref) => ref.startsWith(recordPrefix.persons)) ?? '';
  return {
    creditCode,
    name: String(head.data.name ?? ''),
    status: String(head.data.status ?? ''),
    legalRepIndex: rep.slice(recordPrefix.persons.length),
  };
}

export const lookupEntity = (creditCode: string) => lookupRecord(entityKey(creditCode), 'Legal entity');
export const lookupBuilding = (code: string) => lookupRecord(buildingKey(code), 'Building');

const jobKey = (id: string) => ({ pk: `IMPORT#${id}`, sk: 'JOB' });

async function saveJob(job: ImportJob): Promise<void> {
  await putItem({ ...jobKey(job.id), ...job });
}

/** Seconds left of a running import at its current rate; undefined when done or before a rate is known. */
export function importEta(
  job: Pick<ImportJob, 'status' | 'total' | 'processed' | 'rowsPerSecond'>,
): number | undefined {
  if (job.status !== 'running' || job.rowsPerSecond <= 0) return undefined;
  return Math.ceil(Math.max(job.total - job.processed, 0) / job.rowsPerSecond);
}

export async function getImport(id: string): Promise<ImportJob> {
  const item = await getItem(jobKey(id).pk, 'JOB');
  if (!item) throw notFound('Import');
  const { pk: _pk, sk: _sk, ...stored } = item;
  const job = stored as ImportJob;
  const etaSeconds = importEta(job);
  return etaSeconds === undefined ? job : { ...job, etaSeconds };
}

/**
 * Imports an uploaded CSV (carried in the request, up to the body limit) and records the job: progress as
 * it runs (under the client's id when it chose one, so it can poll), the outcome, the error file (line, field,
 * reason), then recomputes the registry's quality with the refused rows counted per field.
 */
export async function startImport(principal: Principal, input: ImportInput): Promise<ImportJob> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const total = Math.max(bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0) - 1, 0);
  const job: ImportJob = {
    id: input.importId ?? newId(),
    registry: input.registry,
    fileName: input.fileName,
    status: 'running',
    total,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rowsPerSecond: 0,
    startedAt: nowIso(),
    by: principal.sub,
  };
  if (!(await putNewItem({ ...jobKey(job.id), ...job })))
    throw conflict('IMPORT_ID_TAKEN', 'An import with this id was already started');
  const invalid: Record<string, number> = {};
  let errors = csvLine(['line', 'field', 'reason']);
  let busy = false;
  const provenance = {
    by: principal.sub,
    at: job.startedAt,
    reason: input.reason,
    source: `import:${job.id}:${input.fileName}`,
  };
  const written: RecordChange[] = [];
  try {
    const outcome = await importCsv(
      input.registry,
      (async function* () {
        yield bytes;
      })(),
      input.encoding,
      provenance,
      {
        // Each batch's changes go out as data sharing change events before its progress is recorded.
        onWritten: (change) => void written.push(change),
        onProgress: async (p) => {
          await publishRegistryChanges(input.registry as RegistryKind, written.splice(0));
          await saveJob(Object.assign(job, p));
        },
        onError: (e) => {
          invalid[e.field] = (invalid[e.field] ?? 0) + 1;
          errors += csvLine([e.line, e.field, e.reason]);
        },
      },
    );
    Object.assign(job, outcome, { status: 'succeeded' as const });
  } catch (error) {
    const refused =
      error instanceof ImportFileError ||
      error instanceof ImportBusyError ||
      (error instanceof Error && error.name === 'CsvFormatError');
    if (!refused) throw error;
    busy = error instanceof ImportBusyError;
    Object.assign(job, { status: 'failed' as const, message: error.message });
  }
  if (job.rejected > 0) {
    const key = `${errorFilePrefix}${job.id}/errors.csv`;
    await s3Client().send(
      new PutObjectCommand({
        Bucket: config().buckets.documents,
        Key: key,
        Body: errors,
        ContentType: 'text/csv; charset=utf-8',
      }),
    );
    job.errorFile = `/api/registries/imports/${job.id}/errors`;
  }
  job.finishedAt = nowIso();
  await saveJob(job);
  if (job.status === 'succeeded') await computeQuality(input.registry as RegistryKind, invalid);
  if (job.status === 'failed' && busy)
    throw conflict('IMPORT_RUNNING', job.message ?? 'Another import of this registry is running', { importId: job.id });
  if (job.status === 'failed')
    throw badRequest('IMPORT_FILE_INVALID', job.message ?? 'The file cannot be imported', { importId: job.id });
  return job;
}

/** The error file of an import (CSV: line, field, reason); 404 when the import had no bad rows. */
export async function importErrors(id: string): Promise<string> {
  const job = await getImport(id);
  if (!job.errorFile) throw notFound('Error file');
  const out = await s3Client().send(
    new GetObjectCommand({ Bucket: config().buckets.documents, Key: `${errorFilePrefix}${id}/errors.csv` }),
  );
  return (await out.Body?.transformToString('utf-8')) ?? '';
}
