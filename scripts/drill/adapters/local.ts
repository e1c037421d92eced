import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DynamoDBClient,
  waitUntilTableExists,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { nowIso } from '../../../functions/src/platform/clock.js';
import { localTableInput } from '../../../infra/local/provision.js';
import { fromPortable, sha256, type PortableItem } from '../canonical.js';
import type { Backup, BackupAdapter, Manifest, Namespace, Resources } from '../port.js';
import { discardNamespace, existingNames } from '../discard-namespace.js';
import { bucketManifest, readNamespace, tableManifest } from '../read-store.js';

/**
 * The local cloud's backup: every table exported by Scan and every bucket by List/Get into a folder
 * (tables/<id>.jsonl in DynamoDB's own JSON; buckets/<id>/index.jsonl and the objects' bytes), then
 * imported into a fresh namespace by BatchWriteItem and PutObject. The checksums of the export are taken
 * from what was read from the source, the restore reads only the folder, so the comparison checks the
 * whole path: export, files, import.
 */
export interface LocalBackupOptions {
  readonly resources: Resources;
  readonly source: Namespace;
  readonly endpoints: { readonly dynamodb: string; readonly s3: string };
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** The folder the export is written to (must be empty or absent). */
  readonly backupDir: string;
}

interface ObjectRecord {
  key: string;
  file: string;
  sha256: string;
  contentType?: string;
  metadata?: Record<string, string>;
}

const batchSize = 25; // BatchWriteItem's limit
const writeConcurrency = 4;

export function localBackupAdapter(options: LocalBackupOptions): BackupAdapter {
  const { resources, source, backupDir } = options;
  const credentials = { ...options.credentials };
  const dynamo = new DynamoDBClient({ region: options.region, endpoint: options.endpoints.dynamodb, credentials });
  const s3 = new S3Client({
    region: options.region,
    endpoint: options.endpoints.s3,
    credentials,
    forcePathStyle: true,
    // Flexible checksums would frame stream bodies as aws-chunked; s3rver stores that framing verbatim.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const tableFile = (id: string) => path.join(backupDir, 'tables', `${id}.jsonl`);
  const bucketDir = (id: string) => path.join(backupDir, 'buckets', id);

  async function writeBatch(tableName: string, batch: WriteRequest[]): Promise<void> {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`${tableName}: ${pending.length} items stayed unprocessed`);
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const out = await dynamo.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = out.UnprocessedItems?.[tableName] ?? [];
    }
  }

  /** Writes the items in batches of 25, a few batches at a time (DynamoDB Local answers batches in parallel). */
  async function writeAll(tableName: string, requests: WriteRequest[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      for (let i = next; i < requests.length; i = next) {
        next += batchSize;
        await writeBatch(tableName, requests.slice(i, i + batchSize));
      }
    };
    await Promise.all(Array.from({ length: writeConcurrency }, worker));
  }

  return {
    name: 'local',
    source,

    async backup(): Promise<Backup> {
      mkdirSync(path.join(backupDir, 'tables'), { recursive: true });
      const tables: Record<string, Manifest> = {};
      for (const table of resources.tables) {
        const lines: string[] = [];
        tables[table.id] = await tableManifest(dynamo, source.tables[table.id]!, table, (item) => {
          lines.push(JSON.stringify(item));
        });
        writeFileSync(tableFile(table.id), lines.map((l) => `${l}\n`).join(''));
      }
      const buckets: Record<string, Manifest> = {};
      for (const bucket of resources.buckets) {
        const dir = bucketDir(bucket.id);
        mkdirSync(path.join(dir, 'objects'), { recursive: true });
        const records: ObjectRecord[] = [];
        buckets[bucket.id] = await bucketManifest(s3, source.buckets[bucket.id]!, (object) => {
          // Object keys hold slashes; files are numbered instead and the index maps them back.
          const file = `objects/${records.length}`;
          writeFileSync(path.join(dir, file), object.bytes);
          records.push({
            key: object.key,
            file,
            sha256: sha256(object.bytes),
            contentType: object.contentType,
            metadata: object.metadata,
          });
        });
        writeFileSync(path.join(dir, 'index.jsonl'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      }
      // An export by Scan is not one instant: it reproduces the source as of its end.
      const takenAt = nowIso();
      const backup = { pointInTime: takenAt, takenAt, location: backupDir, expected: { tables, buckets } };
      writeFileSync(
        path.join(backupDir, 'backup.json'),
        JSON.stringify({ pointInTime: takenAt, takenAt, source }, null, 2),
      );
      return backup;
    },

    async restore(backup: Backup, target: Namespace): Promise<void> {
      for (const table of resources.tables) {
        const tableName = target.tables[table.id]!;
        // Keys and indexes as provisioned (TTL is left off, as a PITR restore leaves it: nothing expires mid-drill).
        await dynamo.send(new CreateTableCommand({ ...localTableInput(target.stage, table), TableName: tableName }));
        await waitUntilTableExists({ client: dynamo, maxWaitTime: 60 }, { TableName: tableName });
        const lines = readFileSync(path.join(backup.location, 'tables', `${table.id}.jsonl`), 'utf8')
          .split('\n')
          .filter(Boolean);
        const requests = lines.map((line) => ({
          PutRequest: { Item: fromPortable(JSON.parse(line) as PortableItem) },
        }));
        await writeAll(tableName, requests);
      }
      for (const bucket of resources.buckets) {
        const name = target.buckets[bucket.id]!;
        await s3.send(new CreateBucketCommand({ Bucket: name }));
        const dir = path.join(backup.location, 'buckets', bucket.id);
        const records = readFileSync(path.join(dir, 'index.jsonl'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as ObjectRecord);
        for (const record of records) {
          await s3.send(
            new PutObjectCommand({
              Bucket: name,
              Key: record.key,
              Body: readFileSync(path.join(dir, record.file)),
              ContentType: record.contentType,
              Metadata: record.metadata,
            }),
          );
        }
      }
    },

    read: (namespace: Namespace) => readNamespace(dynamo, s3, resources, namespace),

    existing: (namespace: Namespace) => existingNames(dynamo, s3, namespace),
    discard: (namespace: Namespace) => discardNamespace(dynamo, s3, resources, namespace),

    close() {
      dynamo.destroy();
      s3.destroy();
    },
  };
}
