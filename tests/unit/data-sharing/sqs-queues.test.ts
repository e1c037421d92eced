import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  QueueDoesNotExist,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import {
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type EventBridgeClient,
} from '@aws-sdk/client-eventbridge';
import { describe, expect, it } from 'vitest';
import { createEventBridgeBus } from '../../../functions/src/data-sharing/events/eventbridge.js';
import { createSqsQueues } from '../../../functions/src/data-sharing/events/sqs.js';
import type { ChangeEvent } from '../../../functions/src/data-sharing/events/port.js';

/** A hand fake of the SDK client's send(): records each command, answers what `answer` gives for it. */
function fakeClient<C>(answer: (command: { constructor: unknown; input: any }) => unknown = () => ({})) {
  const sent: { constructor: unknown; input: any }[] = [];
  const client = {
    send: async (command: { constructor: unknown; input: any }) => {
      sent.push(command);
      return answer(command);
    },
  } as unknown as C;
  return { client, sent };
}

const ruleArn = 'arn:aws:events:ap-east-1:123456789012:rule/yuexiu-dev-change-events/data-sub-dsub-00000000000000aa';
const event: ChangeEvent = {
  id: 'evt-0123',
  type: 'data.resource.changed',
  resource: '440104-SK-D003',
  recordKey: 'BUILDING#440104-000001',
  version: 3,
  changedAt: '2026-03-01T08:00:00.000Z',
  fields: ['floors'],
};

describe('the SQS subscription queues', () => {
  it('creates an encrypted queue with the platform prefix that admits only the subscription’s rule over TLS', async () => {
    const { client, sent } = fakeClient<SQSClient>(() => ({
      QueueUrl: 'https://sqs.ap-east-1.amazonaws.com/123456789012/yuexiu-dev-data-sub-dsub-00000000000000aa',
    }));
    const queues = createSqsQueues({ region: 'ap-east-1', stage: 'dev', client });
    const queue = await queues.create('dsub-00000000000000aa', ruleArn);
    expect(queue).toEqual({
      url: 'https://sqs.ap-east-1.amazonaws.com/123456789012/yuexiu-dev-data-sub-dsub-00000000000000aa',
      arn: 'arn:aws:sqs:ap-east-1:123456789012:yuexiu-dev-data-sub-dsub-00000000000000aa',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeInstanceOf(CreateQueueCommand);
    const input = sent[0]!.input;
    expect(input.QueueName).toBe('yuexiu-dev-data-sub-dsub-00000000000000aa');
    expect(input.Attributes.SqsManagedSseEnabled).toBe('true');
    const policy = JSON.parse(input.Attributes.Policy);
    expect(policy.Statement).toHaveLength(2);
    const [deny, allow] = policy.Statement;
    expect(deny).toMatchObject({
      Effect: 'Deny',
      Principal: '*',
      Action: 'sqs:*',
      Resource: queue.arn,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    expect(allow).toEqual({
      Sid: 'ChangeEventsOfTheSubscriptionRule',
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'sqs:SendMessage',
      Resource: queue.arn,
      Condition: { ArnEquals: { 'aws:SourceArn': ruleArn } },
    });
  });

  it('sends the event as the body, receives with the visibility timeout, deletes by receipt handle, destroys', async () => {
    const queue = { url: 'https://sqs.example/q', arn: 'arn:aws:sqs:ap-east-1:123456789012:q' };
    const { client, sent } = fakeClient<SQSClient>((command) => {
      if (command instanceof ReceiveMessageCommand)
        return {
          Messages: [
            { ReceiptHandle: 'h-1', Body: JSON.stringify(event), Attributes: { ApproximateReceiveCount: '2' } },
          ],
        };
      if (command instanceof DeleteMessageBatchCommand) return { Successful: [{ Id: '0' }], Failed: [{ Id: '1' }] };
      if (command instanceof DeleteQueueCommand) throw new QueueDoesNotExist({ message: 'gone', $metadata: {} });
      return {};
    });
    const queues = createSqsQueues({ region: 'ap-east-1', stage: 'dev', client });
    await queues.send(queue, event);
    expect(sent[0]).toBeInstanceOf(SendMessageCommand);
    expect(sent[0]!.input).toEqual({ QueueUrl: queue.url, MessageBody: JSON.stringify(event) });
    expect(await queues.receive(queue, 5, 45)).toEqual([{ receiptHandle: 'h-1', receiveCount: 2, event }]);
    expect(sent[1]!.input).toMatchObject({ QueueUrl: queue.url, MaxNumberOfMessages: 5, VisibilityTimeout: 45 });
    expect(await queues.delete(queue, ['h-1', 'h-old'])).toEqual(['h-old']);
    expect(sent[2]!.input.Entries).toEqual([
      { Id: '0', ReceiptHandle: 'h-1' },
      { Id: '1', ReceiptHandle: 'h-old' },
    ]);
    await expect(queues.destroy(queue)).resolves.toBeUndefined();
  });
});

describe('the EventBridge routes of queue subscriptions', () => {
  it('targets the queue directly with the event as the message, and removes that target when the route ends', async () => {
    const { client, sent } = fakeClient<EventBridgeClient>((command) =>
      command instanceof PutRuleCommand ? { RuleArn: ruleArn } : {},
    );
    /** The inputs of the commands of one kind, in the order sent. */
    const inputsOf = (kind: new (...args: never[]) => unknown): any[] =>
      sent.filter((c) => c instanceof kind).map((c) => c.input);
    const bus = createEventBridgeBus({
      region: 'ap-east-1',
      busName: 'yuexiu-dev-change-events',
      forwarderArn: 'arn:aws:lambda:ap-east-1:123456789012:function:yuexiu-dev-webhook-forwarder',
      client,
    });
    const rule = { subscriptionId: 'dsub-00000000000000aa', resourceId: '440104-SK-D003' };
    expect(await bus.putRule(rule)).toBe(ruleArn);
    const queue = { url: 'https://sqs.example/q', arn: 'arn:aws:sqs:ap-east-1:123456789012:q' };
    await bus.putRoute({ ...rule, target: { kind: 'queue', queue } });
    const targets = inputsOf(PutTargetsCommand)[0];
    expect(targets.Rule).toBe('data-sub-dsub-00000000000000aa');
    expect(targets.Targets).toHaveLength(1);
    expect(targets.Targets[0]).toMatchObject({ Id: 'queue', Arn: queue.arn, InputPath: '$.detail' });
    expect(targets.Targets[0]).not.toHaveProperty('InputTransformer');
    const pattern = JSON.parse(inputsOf(PutRuleCommand)[0].EventPattern);
    expect(pattern.detail).toEqual({ resource: ['440104-SK-D003'] });

    await bus.deleteRoute('dsub-00000000000000aa', 'queue');
    expect(inputsOf(RemoveTargetsCommand)[0].Ids).toEqual(['queue']);
    // A webhook subscription's target stays the forwarder, as before.
    await bus.putRoute({ ...rule, target: { kind: 'webhook' } });
    const webhook = inputsOf(PutTargetsCommand)[1].Targets[0];
    expect(webhook).toMatchObject({ Id: 'webhook', Arn: expect.stringContaining(':function:') });
  });
});
