import { UpdateItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import { allBuckets, allTables } from '../../functions/src/platform/resources.js';
import { localCredentials } from '../../infra/local/constants.js';
import { fromPortable } from '../../scripts/drill/canonical.js';
import { compareContents } from '../../scripts/drill/compare.js';
import { drillSetup, type DrillSetup } from '../../scripts/drill/config.js';
import { runDrill, type DrillReport } from '../../scripts/drill/drill.js';
import { fileOnlineCase } from '../support/cases.js';

const resources = { tables: allTables, buckets: allBuckets };

describe('the restore drill on the local cloud', () => {
  const env = inject('cloud').env;
  let setup: DrillSetup;
  let report: DrillReport;

  beforeAll(async () => {
    // Real content of every kind: a case with its uploaded materials (objects), items and audit records.
    await fileOnlineCase('citizen1');
    setup = drillSetup(resources, { ...env, DRILL_BACKUP: 'local' });
    report = await runDrill(setup.adapter, resources, { keep: true });
    // The shared test cloud holds every other test's data as well (the registries' thousands of rows): the
    // drill's time grows with it, and the figures of record come from `npm run drill:restore`.
  }, 600_000);

  afterAll(async () => {
    if (report) await setup.adapter.discard(report.target);
    setup?.adapter.close();
    if (setup?.backupDir) rmSync(setup.backupDir, { recursive: true, force: true });
  });

  it('restores every table and bucket identically, with counts, RPO and the restore time', () => {
    expect(report.verdict).toBe('OK');
    expect(report.comparison.differences).toEqual([]);
    expect(report.comparison.collections.map((c) => c.collection).sort()).toEqual(
      [...allTables.map((t) => `table ${t.id}`), ...allBuckets.map((b) => `bucket ${b.id}`)].sort(),
    );
    for (const c of report.comparison.collections) {
      expect(c.expectedCount, c.collection).toBeGreaterThan(0);
      expect(c.restoredCount, c.collection).toBe(c.expectedCount);
      expect(c.restoredDigest, c.collection).toBe(c.expectedDigest);
    }
    expect(report.newestChangeAt).toEqual(expect.any(String));
    expect(report.rpoMs).toBeGreaterThanOrEqual(0);
    expect(report.restoreMs).toBeGreaterThan(0);
  });

  it('reports exactly the restored item and object that were changed afterwards', async () => {
    const dynamo = new DynamoDBClient({
      region: env.AWS_REGION,
      endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
      credentials: localCredentials,
    });
    const s3 = new S3Client({
      region: env.AWS_REGION,
      endpoint: env.AWS_ENDPOINT_URL_S3,
      credentials: localCredentials,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    try {
      const itemKey = [...report.backup.expected.tables.registry!.keys()][0]!;
      const objectKey = [...report.backup.expected.buckets.documents!.keys()][0]!;
      await dynamo.send(
        new UpdateItemCommand({
          TableName: report.target.tables.registry,
          Key: fromPortable(JSON.parse(itemKey)),
          UpdateExpression: 'SET tampered = :t',
          ExpressionAttributeValues: { ':t': { S: 'yes' } },
        }),
      );
      await s3.send(
        new PutObjectCommand({ Bucket: report.target.buckets.documents, Key: objectKey, Body: 'not the document' }),
      );

      const again = compareContents(report.backup.expected, await setup.adapter.read(report.target));

      expect(again.differences).toEqual([
        { collection: 'table registry', kind: 'changed', key: itemKey },
        { collection: 'bucket documents', kind: 'changed', key: objectKey },
      ]);
    } finally {
      dynamo.destroy();
      s3.destroy();
    }
  });

  it('refuses to restore into a namespace that exists, and leaves it in place', async () => {
    await expect(runDrill(setup.adapter, resources, { targetStage: report.target.stage })).rejects.toThrow(
      'exists already',
    );
    expect(await setup.adapter.existing(report.target)).toHaveLength(allTables.length + allBuckets.length);
  });
});
