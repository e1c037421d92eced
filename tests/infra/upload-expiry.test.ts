import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataStack } from '../../infra/lib/data-stack.js';
import { addComplianceChecks } from '../../infra/lib/nag.js';
import { documentObjectPrefix, unattachedUploadExpiry } from '../../functions/src/documents/model.js';

/**
 * Issue 10 §9: uploads never attached to a case expire after 7 days — the documents bucket's lifecycle rule
 * on the upload prefix, filtered by the tag the presigned upload sets (attaching retags it). The data
 * stack alone: fast.
 */
let template: Template;

beforeAll(() => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'yuexiu-upload-expiry-'));
  const app = new App({ outdir, context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
  addComplianceChecks(app);
  const stack = new DataStack(app, 'yuexiu-dev-data', {
    settings: { stage: 'dev', publicOrigin: 'https://yuexiu.example.gov.cn', isProduction: false },
    env: { region: 'ap-east-1' },
  });
  app.synth();
  template = Template.fromStack(stack);
});

const documentsBucket = () => {
  const buckets = Object.values<any>(template.findResources('AWS::S3::Bucket')).filter((b) =>
    (b.Properties.Tags ?? []).some(
      (t: { Key: string; Value: string }) => t.Key === 'yuexiu:bucket' && t.Value === 'documents',
    ),
  );
  expect(buckets).toHaveLength(1);
  return buckets[0];
};

describe('the documents bucket expires unattached uploads', () => {
  it('has a lifecycle rule on the upload prefix that deletes objects still tagged pending after 7 days', () => {
    const rules: any[] = documentsBucket().Properties.LifecycleConfiguration.Rules;
    const rule = rules.find((r) => r.Id === unattachedUploadExpiry.id);
    expect(rule).toBeDefined();
    expect(rule.Status).toBe('Enabled');
    expect(rule.Prefix).toBe(documentObjectPrefix);
    expect(rule.TagFilters).toEqual([{ Key: 'yuexiu-upload', Value: 'pending' }]);
    expect(rule.ExpirationInDays).toBe(7);
    // Versioned bucket: the expired object's bytes (now a noncurrent version) go a day later.
    expect(rule.NoncurrentVersionExpiration).toEqual({ NoncurrentDays: 1 });
  });

  it('keeps every other object under the prefix: no rule without the tag filter expires current objects', () => {
    const rules: any[] = documentsBucket().Properties.LifecycleConfiguration.Rules;
    const expiring = rules.filter((r) => r.ExpirationInDays !== undefined || r.ExpirationDate !== undefined);
    expect(expiring.map((r) => r.Id)).toEqual([unattachedUploadExpiry.id]);
  });
});
