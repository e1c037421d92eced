import { gzipSync } from 'node:zlib';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { allBuckets, allTables } from '../../../functions/src/platform/resources.js';
import { awsBackupAdapter } from '../../../scripts/drill/adapters/aws.js';
import { versionsAsOf } from '../../../scripts/drill/adapters/object-versions.js';
import { namespaceFor } from '../../../scripts/drill/drill.js';

const resources = { tables: allTables, buckets: allBuckets };
const source = namespaceFor('prod', resources);
const target = namespaceFor('drill-1', resources);
const T = new Date('2026-12-01T02:00:00.000Z');
const keyArn = 'arn:aws:kms:ap-east-1:111111111111:key/abc';

/** A client that records every command and answers from a table of canned replies by command name. */
function fakeClient(replies: Record<string, (input: any) => unknown>) {
  const sent: { name: string; input: any }[] = [];
  return {
    sent,
    client: {
      send: async (command: { constructor: { name: string }; input: unknown }) => {
        const name = command.constructor.name.replace(/Command$/, '');
        sent.push({ name, input: command.input });
        const reply = replies[name];
        if (!reply) throw new Error(`unexpected ${name}`);
        return reply(command.input);
      },
      destroy: () => undefined,
    },
  };
}

const body = (data: string | Uint8Array) => ({ Body: { transformToByteArray: async () => Buffer.from(data) } });

function fakes(pitr = 'ENABLED', versioning = 'Enabled') {
  const dynamo = fakeClient({
    DescribeContinuousBackups: () => ({
      ContinuousBackupsDescription: {
        PointInTimeRecoveryDescription: {
          PointInTimeRecoveryStatus: pitr,
          LatestRestorableDateTime: new Date(T.getTime() + 60_000),
        },
      },
    }),
    DescribeTable: (input) => ({
      Table: {
        TableArn: `arn:aws:dynamodb:ap-east-1:111111111111:table/${input.TableName}`,
        TableStatus: 'ACTIVE',
        SSEDescription: { KMSMasterKeyArn: keyArn },
      },
    }),
    ExportTableToPointInTime: (input) => ({ ExportDescription: { ExportArn: `${input.TableArn}/export/1` } }),
    DescribeExport: (input) => ({
      ExportDescription: {
        ExportArn: input.ExportArn,
        ExportStatus: 'COMPLETED',
        ExportManifest: 'x/manifest-summary.json',
      },
    }),
    RestoreTableToPointInTime: () => ({}),
  });
  const s3 = fakeClient({
    GetBucketVersioning: () => ({ Status: versioning }),
    GetObject: (input) =>
      input.Key === 'x/manifest-files.json'
        ? body(JSON.stringify({ dataFileS3Key: 'x/data/1.json.gz' }))
        : input.Key === 'x/data/1.json.gz'
          ? body(gzipSync(JSON.stringify({ Item: { pk: { S: 'a' }, sk: { S: 'b' }, n: { N: '1' } } })))
          : body(`bytes of ${input.Key}@${input.VersionId}`),
    ListObjectVersions: () => ({
      Versions: [
        { Key: 'cases/1.pdf', VersionId: 'v1', LastModified: new Date(T.getTime() - 1000) },
        { Key: 'cases/1.pdf', VersionId: 'v2', LastModified: new Date(T.getTime() + 1000) },
      ],
      DeleteMarkers: [],
    }),
    GetBucketEncryption: () => ({
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn } }],
      },
    }),
    CreateBucket: () => ({}),
    PutPublicAccessBlock: () => ({}),
    PutBucketEncryption: () => ({}),
    CopyObject: () => ({}),
  });
  const adapter = awsBackupAdapter({
    resources,
    source,
    region: 'ap-east-1',
    exportBucket: 'drill-exports',
    exportPrefix: 'restore-drill',
    pointInTime: T.toISOString(),
    pollMs: 1,
    clients: { dynamo: dynamo.client as unknown as DynamoDBClient, s3: s3.client as unknown as S3Client },
  });
  return { adapter, dynamo, s3 };
}

describe('the AWS backup adapter', () => {
  it('exports every table at the point in time and reads each object version as of then', async () => {
    const { adapter, dynamo } = fakes();
    const backup = await adapter.backup();

    expect(backup.pointInTime).toBe(T.toISOString());
    const exports = dynamo.sent.filter((c) => c.name === 'ExportTableToPointInTime').map((c) => c.input);
    expect(exports).toHaveLength(allTables.length);
    expect(exports[0]).toMatchObject({
      TableArn: expect.stringContaining(`table/${source.tables.core}`),
      ExportTime: T,
      S3Bucket: 'drill-exports',
      ExportFormat: 'DYNAMODB_JSON',
    });
    expect(backup.expected.tables.core!.size).toBe(1);
    expect([...backup.expected.buckets.documents!.keys()]).toEqual(['cases/1.pdf']);
  });

  it('restores each table by PITR under its own key and copies the object versions as of the point in time', async () => {
    const { adapter, dynamo, s3 } = fakes();
    await adapter.restore(
      { pointInTime: T.toISOString(), takenAt: T.toISOString(), location: '', expected: { tables: {}, buckets: {} } },
      target,
    );

    const restores = dynamo.sent.filter((c) => c.name === 'RestoreTableToPointInTime').map((c) => c.input);
    expect(restores).toEqual(
      allTables.map((t) => ({
        SourceTableName: source.tables[t.id],
        TargetTableName: target.tables[t.id],
        RestoreDateTime: T,
        BillingModeOverride: 'PAY_PER_REQUEST',
        SSESpecificationOverride: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
      })),
    );
    expect(s3.sent.find((c) => c.name === 'CreateBucket')?.input).toEqual({
      Bucket: target.buckets.documents,
      CreateBucketConfiguration: { LocationConstraint: 'ap-east-1' },
    });
    expect(s3.sent.find((c) => c.name === 'PutBucketEncryption')?.input.Bucket).toBe(target.buckets.documents);
    // Every bucket (the fake lists the same two versions in each): the version as of the point in time, copied.
    expect(s3.sent.filter((c) => c.name === 'CopyObject').map((c) => c.input)).toEqual(
      allBuckets.map((b) => ({
        Bucket: target.buckets[b.id],
        Key: 'cases/1.pdf',
        CopySource: `${source.buckets[b.id]}/cases%2F1.pdf?versionId=v1`,
        MetadataDirective: 'COPY',
      })),
    );
    expect(allBuckets.length).toBeGreaterThan(1);
  });

  it('refuses a table without point-in-time recovery and a bucket without versioning', async () => {
    await expect(fakes('DISABLED').adapter.backup()).rejects.toThrow('point-in-time recovery is not enabled');
    await expect(fakes('ENABLED', 'Suspended').adapter.backup()).rejects.toThrow('versioning is not enabled');
  });
});

describe('object versions as of a point in time', () => {
  const at = (s: number) => new Date(T.getTime() + s * 1000);
  it('takes the newest version at or before the instant and drops keys deleted by then', () => {
    const chosen = versionsAsOf(
      [
        { key: 'a', versionId: 'a1', lastModified: at(-20), deleteMarker: false },
        { key: 'a', versionId: 'a2', lastModified: at(0), deleteMarker: false },
        { key: 'a', versionId: 'a3', lastModified: at(5), deleteMarker: false },
        { key: 'b', versionId: 'b1', lastModified: at(-20), deleteMarker: false },
        { key: 'b', versionId: 'bx', lastModified: at(-10), deleteMarker: true },
        { key: 'c', versionId: 'c1', lastModified: at(1), deleteMarker: false },
      ],
      T,
    );
    expect(Object.fromEntries([...chosen].map(([k, v]) => [k, v.versionId]))).toEqual({ a: 'a2' });
  });
});
