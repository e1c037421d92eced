import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  RestoreTableToPointInTimeCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketVersioningCommand,
  PutBucketEncryptionCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { nowIso } from '../../../functions/src/platform/clock.js';
import type { Backup, BackupAdapter, Entry, Manifest, Namespace, Resources } from '../port.js';
import { discardNamespace, existingNames } from '../discard-namespace.js';
import { getObject, objectEntry, readNamespace } from '../read-store.js';
import { exportManifest, exportTableAt } from './dynamodb-export.js';
import { listVersions, versionsAsOf } from './object-versions.js';

/**
 * AWS: tables are restored by RestoreTableToPointInTime (PITR, configured in infra/lib/data-stack.ts)
 * into new table names, buckets by copying each object's version as of the same instant (the documents
 * bucket is versioned) into a fresh bucket. What the source held at that instant is read independently:
 * a DynamoDB export at the same instant for tables, the versions themselves for buckets.
 */
export interface AwsBackupOptions {
  readonly resources: Resources;
  readonly source: Namespace;
  readonly region: string;
  /** Where DynamoDB exports the tables at the point in time (the comparison's reading of the source). */
  readonly exportBucket: string;
  readonly exportPrefix: string;
  /** The instant to restore; default: the latest instant every table can be restored to. */
  readonly pointInTime?: string;
  /** How long a table restore may take before the drill gives up (AWS: minutes to hours by size). */
  readonly restoreTimeoutMinutes?: number;
  readonly pollMs?: number;
  /** Injected clients (unit tests); by default made for `region` with the usual credential chain. */
  readonly clients?: { readonly dynamo: DynamoDBClient; readonly s3: S3Client };
}

export function awsBackupAdapter(options: AwsBackupOptions): BackupAdapter {
  const { resources, source, region } = options;
  const dynamo = options.clients?.dynamo ?? new DynamoDBClient({ region });
  const s3 = options.clients?.s3 ?? new S3Client({ region });
  const pollMs = options.pollMs ?? 15_000;

  /** The latest instant every table can be restored to; refuses a table without PITR. */
  async function restorableUntil(): Promise<Date> {
    let latest: Date | undefined;
    for (const table of resources.tables) {
      const name = source.tables[table.id]!;
      const out = await dynamo.send(new DescribeContinuousBackupsCommand({ TableName: name }));
      const pitr = out.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
      if (pitr?.PointInTimeRecoveryStatus !== 'ENABLED' || !pitr.LatestRestorableDateTime) {
        throw new Error(`${name}: point-in-time recovery is not enabled`);
      }
      if (!latest || pitr.LatestRestorableDateTime < latest) latest = pitr.LatestRestorableDateTime;
    }
    if (!latest) throw new Error('no tables to back up');
    return latest;
  }

  async function assertVersioned(bucket: string): Promise<void> {
    const out = await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }));
    if (out.Status !== 'Enabled') throw new Error(`${bucket}: versioning is not enabled (${out.Status ?? 'never'})`);
  }

  return {
    name: 'aws',
    source,

    async backup(): Promise<Backup> {
      const latest = await restorableUntil();
      const pointInTime = options.pointInTime ? new Date(options.pointInTime) : latest;
      if (pointInTime > latest) {
        throw new Error(`${pointInTime.toISOString()} is later than the latest restorable ${latest.toISOString()}`);
      }
      for (const bucket of resources.buckets) await assertVersioned(source.buckets[bucket.id]!);
      const prefix = `${options.exportPrefix}/${pointInTime.toISOString().replace(/[:.]/g, '-')}`;
      const tables: Record<string, Manifest> = {};
      for (const table of resources.tables) {
        const described = await dynamo.send(new DescribeTableCommand({ TableName: source.tables[table.id]! }));
        const arn = described.Table?.TableArn;
        if (!arn) throw new Error(`${source.tables[table.id]}: no table ARN`);
        const target = { bucket: options.exportBucket, prefix: `${prefix}/${table.id}` };
        const done = await exportTableAt(dynamo, arn, pointInTime, target, pollMs);
        tables[table.id] = await exportManifest(s3, options.exportBucket, done, table);
      }
      const buckets: Record<string, Manifest> = {};
      for (const bucket of resources.buckets) {
        const name = source.buckets[bucket.id]!;
        const manifest = new Map<string, Entry>();
        for (const [key, version] of versionsAsOf(await listVersions(s3, name), pointInTime)) {
          manifest.set(key, objectEntry(await getObject(s3, name, key, version.versionId)));
        }
        buckets[bucket.id] = manifest;
      }
      return {
        pointInTime: pointInTime.toISOString(),
        takenAt: nowIso(),
        location: `PITR + object versions; table exports in s3://${options.exportBucket}/${prefix}/`,
        expected: { tables, buckets },
      };
    },

    async restore(backup: Backup, target: Namespace): Promise<void> {
      const pointInTime = new Date(backup.pointInTime);
      for (const table of resources.tables) {
        const sourceName = source.tables[table.id]!;
        const described = await dynamo.send(new DescribeTableCommand({ TableName: sourceName }));
        const key = described.Table?.SSEDescription?.KMSMasterKeyArn;
        await dynamo.send(
          new RestoreTableToPointInTimeCommand({
            SourceTableName: sourceName,
            TargetTableName: target.tables[table.id]!,
            RestoreDateTime: pointInTime,
            BillingModeOverride: 'PAY_PER_REQUEST',
            // The restored copy stays under the source's customer-managed key (the registry's own key for personal data).
            SSESpecificationOverride: key ? { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: key } : undefined,
          }),
        );
      }
      const maxWaitTime = (options.restoreTimeoutMinutes ?? 240) * 60;
      for (const table of resources.tables) {
        await waitUntilTableExists(
          { client: dynamo, maxWaitTime, minDelay: Math.max(1, Math.round(pollMs / 1000)) },
          { TableName: target.tables[table.id]! },
        );
      }
      for (const bucket of resources.buckets) {
        const from = source.buckets[bucket.id]!;
        const to = target.buckets[bucket.id]!;
        const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: from }));
        await s3.send(
          new CreateBucketCommand({
            Bucket: to,
            CreateBucketConfiguration:
              region === 'us-east-1' ? undefined : { LocationConstraint: region as BucketLocationConstraint },
          }),
        );
        await s3.send(
          new PutPublicAccessBlockCommand({
            Bucket: to,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            },
          }),
        );
        if (encryption.ServerSideEncryptionConfiguration) {
          await s3.send(
            new PutBucketEncryptionCommand({
              Bucket: to,
              ServerSideEncryptionConfiguration: encryption.ServerSideEncryptionConfiguration,
            }),
          );
        }
        // Documents are at most MAX_UPLOAD_BYTES (20 MiB), far below CopyObject's 5 GiB limit.
        for (const [key, version] of versionsAsOf(await listVersions(s3, from), pointInTime)) {
          await s3.send(
            new CopyObjectCommand({
              Bucket: to,
              Key: key,
              CopySource: `${from}/${encodeURIComponent(key)}?versionId=${encodeURIComponent(version.versionId)}`,
              MetadataDirective: 'COPY',
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
