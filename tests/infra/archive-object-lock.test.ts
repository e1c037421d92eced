import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataStack } from '../../infra/lib/data-stack.js';
import { addComplianceChecks } from '../../infra/lib/nag.js';
import { buckets } from '../../functions/src/platform/resources.js';

/**
 * Issue 19 §3: the official documents archive is write-once — its bucket has S3 Object Lock in COMPLIANCE mode
 * with the default retention resources.ts declares, is versioned (Object Lock needs it), encrypted with the data
 * key, private, and outlives its stack. The data stack alone, with cdk-nag: fast.
 */
let template: Template;
let stack: DataStack;

beforeAll(() => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'yuexiu-archive-lock-'));
  const app = new App({ outdir, context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
  addComplianceChecks(app);
  stack = new DataStack(app, 'yuexiu-dev-data', {
    settings: { stage: 'dev', publicOrigin: 'https://yuexiu.example.gov.cn', isProduction: false },
    env: { region: 'ap-east-1' },
  });
  app.synth();
  template = Template.fromStack(stack);
});

const archiveBucket = () => {
  const found = Object.entries<any>(template.findResources('AWS::S3::Bucket')).filter(([, b]) =>
    (b.Properties.Tags ?? []).some(
      (t: { Key: string; Value: string }) => t.Key === 'yuexiu:bucket' && t.Value === 'archive',
    ),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the official documents archive bucket', () => {
  it('has Object Lock on, with a COMPLIANCE default retention of the declared days', () => {
    const [, bucket] = archiveBucket();
    expect(bucket.Properties.ObjectLockEnabled).toBe(true);
    expect(bucket.Properties.ObjectLockConfiguration).toEqual({
      ObjectLockEnabled: 'Enabled',
      Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: buckets.archive.objectLock.defaultRetentionDays } },
    });
    expect(buckets.archive.objectLock.defaultRetentionDays).toBeGreaterThanOrEqual(3650);
  });

  it('is versioned, private, encrypted with a KMS key, and retained when its stack goes', () => {
    const [, bucket] = archiveBucket();
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(
      bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault,
    ).toEqual(expect.objectContaining({ SSEAlgorithm: 'aws:kms' }));
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.UpdateReplacePolicy).toBe('Retain');
  });

  it('passes cdk-nag', () => {
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('.*'));
    expect(errors.map((e) => `${e.id}: ${String(e.entry.data)}`)).toEqual([]);
  });
});
