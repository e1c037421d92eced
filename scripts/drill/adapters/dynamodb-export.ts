import { posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  DescribeExportCommand,
  ExportTableToPointInTimeCommand,
  type DynamoDBClient,
  type ExportDescription,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { TableDefinition } from '../../../functions/src/platform/resources.js';
import { itemEntry, itemKey, type PortableItem } from '../canonical.js';
import type { Entry, Manifest } from '../port.js';
import { keyNames } from '../read-store.js';

/**
 * The independent reading of a table at a point in time on AWS: a DynamoDB export (from the same PITR
 * data, through another path than RestoreTableToPointInTime) to S3 in DynamoDB JSON. The drill compares
 * the restored table with it.
 */
export interface ExportTarget {
  readonly bucket: string;
  readonly prefix: string;
}

export async function exportTableAt(
  dynamo: DynamoDBClient,
  tableArn: string,
  pointInTime: Date,
  target: ExportTarget,
  pollMs: number,
): Promise<ExportDescription> {
  const started = await dynamo.send(
    new ExportTableToPointInTimeCommand({
      TableArn: tableArn,
      ExportTime: pointInTime,
      S3Bucket: target.bucket,
      S3Prefix: target.prefix,
      ExportFormat: 'DYNAMODB_JSON',
      ExportType: 'FULL_EXPORT',
    }),
  );
  const exportArn = started.ExportDescription?.ExportArn;
  if (!exportArn) throw new Error(`the export of ${tableArn} returned no ARN`);
  for (;;) {
    const { ExportDescription: description } = await dynamo.send(new DescribeExportCommand({ ExportArn: exportArn }));
    if (description?.ExportStatus === 'COMPLETED') return description;
    if (description?.ExportStatus === 'FAILED') {
      throw new Error(`the export of ${tableArn} failed: ${description.FailureCode} ${description.FailureMessage}`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

async function getText(s3: S3Client, bucket: string, key: string): Promise<Uint8Array> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  if (!out.Body) throw new Error(`s3://${bucket}/${key} is empty`);
  return out.Body.transformToByteArray();
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/**
 * The manifest of a completed export: manifest-files.json (next to the ExportManifest summary) lists the
 * gzipped data files, each a line `{"Item": {...}}` per item in DynamoDB JSON (binary as base64).
 */
export async function exportManifest(
  s3: S3Client,
  bucket: string,
  description: ExportDescription,
  table: TableDefinition,
): Promise<Manifest> {
  if (!description.ExportManifest) throw new Error(`export ${description.ExportArn} has no manifest`);
  const filesKey = posix.join(posix.dirname(description.ExportManifest), 'manifest-files.json');
  const files = lines(Buffer.from(await getText(s3, bucket, filesKey)).toString('utf8')).map(
    (l) => JSON.parse(l) as { dataFileS3Key: string },
  );
  const manifest = new Map<string, Entry>();
  const keys = keyNames(table);
  for (const file of files) {
    const text = gunzipSync(await getText(s3, bucket, file.dataFileS3Key)).toString('utf8');
    for (const line of lines(text)) {
      const item = (JSON.parse(line) as { Item: PortableItem }).Item;
      manifest.set(itemKey(item, keys), itemEntry(item));
    }
  }
  return manifest;
}
