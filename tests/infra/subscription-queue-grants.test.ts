import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, synthesize, type SynthesizedApp } from './synth.js';

/**
 * Issue 15, item 5 on AWS: queue subscriptions' queues are created at run time by the data sharing function, which
 * may do exactly what the SQS adapter does (events/sqs.ts) on queues of the subscriptions' prefix only; no other
 * function reaches them (EventBridge writes into each by the queue's own policy).
 */
let app: SynthesizedApp;

beforeAll(() => {
  app = synthesize('dev');
}, 300_000);

const statementsOf = (stack: string, fn: any): any[] => {
  const template = app.templates[stack];
  const role = template.Resources[fn.Properties.Role['Fn::GetAtt'][0]];
  return (role?.Properties.ManagedPolicyArns ?? [])
    .filter((arn: any) => arn.Ref)
    .flatMap((arn: any) => template.Resources[arn.Ref].Properties.PolicyDocument.Statement);
};

const dataSharing = () => {
  const found = resourcesOfType(app.templates, 'AWS::Lambda::Function').filter(
    ({ resource }) => resource.Properties.FunctionName === 'yuexiu-dev-api-data-sharing',
  );
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('subscription queues', () => {
  it('lets the data sharing function manage and read queues of the subscriptions’ prefix only', () => {
    const { stack, resource } = dataSharing();
    const sqs = statementsOf(stack, resource).filter((s) =>
      [s.Action].flat().some((a: string) => a.startsWith('sqs:')),
    );
    expect(sqs).toHaveLength(1);
    expect([sqs[0].Action].flat().sort()).toEqual(
      [
        'sqs:CreateQueue',
        'sqs:DeleteMessage',
        'sqs:DeleteQueue',
        'sqs:GetQueueAttributes',
        'sqs:ReceiveMessage',
        'sqs:TagQueue',
      ].sort(),
    );
    // Never SendMessage (EventBridge sends), never policies or attributes changed after creation, never purge.
    const resources = [sqs[0].Resource].flat();
    expect(resources).toHaveLength(1);
    const text = JSON.stringify(resources[0]);
    expect(text).toContain(':sqs:');
    expect(text).toMatch(/:yuexiu-dev-data-sub-\*"/);
    expect(resource.Properties.Environment.Variables.SUBSCRIPTION_QUEUES).toBe('sqs');
  });

  it('grants no other function any action on those queues', () => {
    for (const { stack, resource } of resourcesOfType(app.templates, 'AWS::Lambda::Function')) {
      if (resource.Properties.FunctionName === 'yuexiu-dev-api-data-sharing') continue;
      if (!resource.Properties.Role?.['Fn::GetAtt']) continue;
      const onQueues = statementsOf(stack, resource).filter((s) => JSON.stringify(s.Resource).includes('data-sub-'));
      expect(
        onQueues.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('sqs:'))),
        resource.Properties.FunctionName,
      ).toEqual([]);
      expect(resource.Properties.Environment?.Variables?.SUBSCRIPTION_QUEUES).toBeUndefined();
    }
  });
});
