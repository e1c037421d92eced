import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesizeDataStack } from './synth.js';
import type { DataStack } from '../../infra/lib/data-stack.js';
import { buckets } from '../../functions/src/platform/resources.js';

/**
 * Issue 19 §3: the official documents archive is write-once — its bucket has S3 Object Lock in COMPLIANCE mode
 * with the default retention resources.ts declares, is versioned (Object Lock needs it), encrypted with the data
 * key, private, and outlives its stack. The data stack alone, with cdk-nag: fast.
 */
let template: Template;
let stack: DataStack;

beforeAll(() => {
  ({ stack, template } = synthesizeDataStack('archive-lock'));
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
