import { beforeAll, describe, expect, it } from 'vitest';
import { physicalName } from '../../functions/src/platform/resources.js';
import { resourcesOfType, synthesize, type SynthesizedApp } from './synth.js';

const forbidden = [
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
  'dynamodb:DeleteTable',
  'dynamodb:UpdateTable',
];

/** Does an IAM action pattern (with * and ?) match an action? */
function matches(pattern: string, action: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return regex.test(action);
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every policy statement in every template: managed policies, inline policies and role policies. */
function allStatements(templates: Record<string, any>): { where: string; statement: any }[] {
  const out: { where: string; statement: any }[] = [];
  for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
    for (const { stack, id, resource } of resourcesOfType(templates, type)) {
      for (const statement of asArray(resource.Properties.PolicyDocument?.Statement))
        out.push({ where: `${stack}/${id}`, statement });
    }
  }
  for (const { stack, id, resource } of resourcesOfType(templates, 'AWS::IAM::Role')) {
    for (const policy of asArray<any>(resource.Properties.Policies)) {
      for (const statement of asArray(policy.PolicyDocument?.Statement))
        out.push({ where: `${stack}/${id}`, statement });
    }
  }
  return out;
}

describe('the audit table is append-only for every IAM principal in the app', () => {
  let app: SynthesizedApp;
  let auditReferences: string[];
  beforeAll(() => {
    app = synthesize('dev');
    const audit = resourcesOfType(app.templates, 'AWS::DynamoDB::Table').find(
      (t) => t.resource.Properties.TableName === physicalName('dev', 'audit'),
    );
    if (!audit) throw new Error('no audit table in the data stack');
    // In its own stack the table appears as its logical id; elsewhere as an export named after it.
    auditReferences = [audit.id, physicalName('dev', 'audit')];
  }, 180_000);

  const touchesAudit = (statement: any) => {
    const resources = asArray<any>(statement.Resource);
    return resources.some((r) => r === '*' || auditReferences.some((ref) => JSON.stringify(r).includes(ref)));
  };

  it('grants application functions PutItem on the audit table (the proof is not vacuous)', () => {
    const puts = allStatements(app.templates).filter(
      ({ statement }) =>
        statement.Effect === 'Allow' &&
        touchesAudit(statement) &&
        asArray<string>(statement.Action).includes('dynamodb:PutItem'),
    );
    expect(puts.length).toBeGreaterThanOrEqual(1);
  });

  it('grants no update, delete, batch write, PartiQL write or wildcard on it', () => {
    const offending = allStatements(app.templates)
      .filter(({ statement }) => statement.Effect === 'Allow' && touchesAudit(statement))
      .flatMap(({ where, statement }) =>
        asArray<string>(statement.Action)
          .filter((action) => forbidden.some((f) => matches(action, f)))
          .map((action) => `${where}: ${action}`),
      );
    expect(offending).toEqual([]);
  });
});

describe('a stream rule alarms on any change or removal of an audit record (issue 10 §7)', () => {
  let app: SynthesizedApp;
  beforeAll(() => {
    app = synthesize('dev');
  }, 300_000);

  it('streams the audit table', () => {
    const audit = resourcesOfType(app.templates, 'AWS::DynamoDB::Table').find(
      (t) => t.resource.Properties.TableName === physicalName('dev', 'audit'),
    );
    expect(audit?.resource.Properties.StreamSpecification).toEqual({ StreamViewType: 'KEYS_ONLY' });
  });

  it('pipes MODIFY and REMOVE events of that stream, and nothing else, to the alarm topic', () => {
    const pipes = resourcesOfType(app.templates, 'AWS::Pipes::Pipe').filter(
      (p) => p.resource.Properties.Name === physicalName('dev', 'audit-tamper'),
    );
    expect(pipes).toHaveLength(1);
    const { stack, resource } = pipes[0]!;
    const source = JSON.stringify(resource.Properties.Source);
    expect(source).toContain('StreamArn');
    expect(source.toLowerCase()).toContain('audit');
    const filters = resource.Properties.SourceParameters.FilterCriteria.Filters.map((f: { Pattern: string }) =>
      JSON.parse(f.Pattern),
    );
    expect(filters).toEqual([{ eventName: ['MODIFY', 'REMOVE'] }]);
    const topics = resourcesOfType(app.templates, 'AWS::SNS::Topic').filter(
      (t) => t.stack === stack && t.resource.Properties.TopicName === physicalName('dev', 'alarms'),
    );
    expect(topics).toHaveLength(1);
    expect(resource.Properties.Target).toEqual({ Ref: topics[0]!.id });
  });
});
