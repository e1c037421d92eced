import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesize, type SynthesizedApp } from './synth.js';

describe('cdk-nag AwsSolutions and NIST 800-53 R5', () => {
  let app: SynthesizedApp;
  beforeAll(() => {
    app = synthesize('dev');
  }, 180_000);

  it('runs both rule packs', () => {
    const packs = app.report.pluginReports.map((r: any) => r.pluginName);
    expect(packs).toEqual(expect.arrayContaining(['AwsSolutions', 'NIST.800.53.R5']));
  });

  it('leaves no unacknowledged error or warning', () => {
    const open = app.report.pluginReports.flatMap((r: any) =>
      r.violations.map(
        (v: any) =>
          `${v.severity} ${v.ruleName} at ${(v.violatingConstructs ?? []).map((c: any) => c.constructPath).join(', ')}`,
      ),
    );
    expect(open).toEqual([]);
  });

  it('gives every acknowledgement a reason a reviewer can check', () => {
    const acknowledged = app.report.pluginReports.flatMap((r: any) => r.suppressedViolations ?? []);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const finding of acknowledged) expect(finding.reason.length, finding.ruleName).toBeGreaterThan(60);
  });

  it('emits no CDK error or warning annotation on any stack', () => {
    for (const stack of Object.values(app.stacks)) {
      expect(Annotations.fromStack(stack).findError('*', Match.anyValue()), stack.stackName).toEqual([]);
      expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue()), stack.stackName).toEqual([]);
    }
  });
});
