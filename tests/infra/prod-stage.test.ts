import { beforeAll, describe, expect, it } from 'vitest';
import type { RouteGroup } from '../../functions/src/route-group-access.js';
import { routeGroupConcurrency } from '../../functions/src/route-group-capacity.js';
import { routeGroups } from '../../functions/src/routes.js';
import { resourcesOfType, synthesize, type SynthesizedApp } from './synth.js';

describe('the prod stage', () => {
  let app: SynthesizedApp;
  beforeAll(() => {
    app = synthesize('prod');
  }, 180_000);

  it('retains and deletion-protects every table', () => {
    const tables = resourcesOfType(app.templates, 'AWS::DynamoDB::Table');
    expect(tables).toHaveLength(3);
    for (const { id, resource } of tables) {
      expect(resource.DeletionPolicy, id).toBe('Retain');
      expect(resource.UpdateReplacePolicy, id).toBe('Retain');
      expect(resource.Properties.DeletionProtectionEnabled, id).toBe(true);
    }
  });

  it('retains the documents bucket, keys and user pools', () => {
    for (const type of ['AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Cognito::UserPool']) {
      for (const { id, resource } of resourcesOfType(app.templates, type))
        expect(resource.DeletionPolicy, `${type} ${id}`).toBe('Retain');
    }
  });

  it('keeps monthly backups for a year', () => {
    const [plan] = resourcesOfType(app.templates, 'AWS::Backup::BackupPlan');
    const rules = plan?.resource.Properties.BackupPlan.BackupPlanRule.map((r: any) => [
      r.RuleName,
      r.Lifecycle.DeleteAfterDays,
    ]);
    expect(rules).toEqual([
      ['Daily', 35],
      ['Monthly', 365],
    ]);
  });

  it('locks the backup vault: recovery points cannot be deleted before 35 days, even by an admin', () => {
    const [vault] = resourcesOfType(app.templates, 'AWS::Backup::BackupVault');
    expect(vault?.resource.Properties.LockConfiguration).toEqual({ MinRetentionDays: 35 });
  });

  it("reserves each API function's declared concurrency, leaving the account's unreserved minimum free", () => {
    const functions = resourcesOfType(app.templates, 'AWS::Lambda::Function');
    const reserved: Record<string, unknown> = {};
    for (const { resource } of functions) {
      const name = String(resource.Properties.FunctionName);
      const group = /^yuexiu-prod-api-(.+)$/.exec(name)?.[1];
      if (group) reserved[group] = resource.Properties.ReservedConcurrentExecutions;
    }
    expect(reserved).toEqual(Object.fromEntries(routeGroups.map((g) => [g, routeGroupConcurrency[g as RouteGroup]])));
    const total = Object.values(routeGroupConcurrency).reduce((a, b) => a + b, 0);
    // Lambda keeps 100 of an account's (default) 1,000 concurrent executions unreserved.
    expect(total).toBeLessThanOrEqual(900 - 100);
  });

  it('passes cdk-nag with no open finding', () => {
    expect(app.report.pluginReports.flatMap((r: any) => r.violations)).toEqual([]);
  });
});
