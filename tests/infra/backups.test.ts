import { beforeAll, describe, expect, it } from 'vitest';
import { allBuckets, allTables, physicalName } from '../../functions/src/platform/resources.js';
import { resourcesOfType, synthesize } from './synth.js';

/**
 * What the restore drill (scripts/drill/adapters/aws.ts) and docs/operations.md rely on: every table of
 * resources.ts has point-in-time recovery, every bucket is versioned and keeps non-current versions.
 */
describe.each(['dev', 'prod'])('backups of the synthesized %s stage', (stage) => {
  let templates: Record<string, any>;
  beforeAll(() => {
    templates = synthesize(stage).templates;
  }, 240_000);

  it('turns point-in-time recovery on for every table', () => {
    const tables = resourcesOfType(templates, 'AWS::DynamoDB::Table').map((t) => t.resource.Properties);
    for (const table of allTables) {
      const found = tables.find((t) => t.TableName === physicalName(stage, table.id));
      expect(found?.PointInTimeRecoverySpecification, table.id).toEqual({ PointInTimeRecoveryEnabled: true });
    }
  });

  it('versions every bucket and keeps non-current versions as long as its definition says', () => {
    const buckets = resourcesOfType(templates, 'AWS::S3::Bucket').map((b) => b.resource.Properties);
    for (const bucket of allBuckets) {
      const found = buckets.find((b) =>
        (b.Tags ?? []).some((t: { Key: string; Value: string }) => t.Key === 'yuexiu:bucket' && t.Value === bucket.id),
      );
      expect(found?.VersioningConfiguration, bucket.id).toEqual({ Status: 'Enabled' });
      expect(found.LifecycleConfiguration.Rules).toContainEqual(
        expect.objectContaining({
          NoncurrentVersionExpiration: { NoncurrentDays: bucket.noncurrentVersionExpirationDays },
        }),
      );
    }
  });
});
