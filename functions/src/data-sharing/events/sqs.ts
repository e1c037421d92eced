import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  QueueDoesNotExist,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { ChangeEvent } from './port.js';
import { subscriptionQueueName, type SubscriptionQueues } from './queue-port.js';

/**
 * The queue policy: TLS only, and messages only from EventBridge on behalf of the subscription's own rule (a
 * confused-deputy guard: another rule, or another account's bus, cannot write into the queue). The data sharing
 * function reaches the queue by its identity policy (infra/lib/subscription-queue-grants.ts), which the deny does
 * not touch as long as it uses TLS.
 */
export function queuePolicy(queueArn: string, ruleArn: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 'sqs:*',
        Resource: queueArn,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
      {
        Sid: 'ChangeEventsOfTheSubscriptionRule',
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: queueArn,
        Condition: { ArnEquals: { 'aws:SourceArn': ruleArn } },
      },
    ],
  };
}

/** arn:<partition>:events:<region>:<account>:rule/… → the queue's ARN in the same partition, region and account. */
const queueArnOf = (ruleArn: string, name: string) => {
  const [, partition, , region, account] = ruleArn.split(':');
  return `arn:${partition}:sqs:${region}:${account}:${name}`;
};

/**
 * Subscription queues on SQS: one queue per queue subscription, created at run time (department systems subscribe
 * at run time, so the queues are not in the CDK app), with SQS-managed server-side encryption and a policy
 * admitting only the subscription's rule. Messages are the events' JSON (the rule's target passes `$.detail`).
 */
export function createSqsQueues(options: {
  region: string;
  stage: string;
  /** Tests hand a fake client (a hand-written `send`). */
  client?: SQSClient;
}): SubscriptionQueues {
  const client = options.client ?? new SQSClient({ region: options.region });
  return {
    async create(subscriptionId, ruleArn) {
      const name = subscriptionQueueName(options.stage, subscriptionId);
      const arn = queueArnOf(ruleArn, name);
      const out = await client.send(
        new CreateQueueCommand({
          QueueName: name,
          Attributes: {
            SqsManagedSseEnabled: 'true',
            Policy: JSON.stringify(queuePolicy(arn, ruleArn)),
            // Unread events are kept 14 days (the most SQS keeps); a consumer away longer extracts incrementally.
            MessageRetentionPeriod: String(14 * 86_400),
            VisibilityTimeout: '30',
          },
          tags: { subscription: subscriptionId },
        }),
      );
      if (!out.QueueUrl) throw new Error(`SQS answered no URL for ${name}`);
      return { url: out.QueueUrl, arn };
    },
    async send(queue, event) {
      await client.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: JSON.stringify(event) }));
    },
    async receive(queue, max, visibilitySeconds) {
      const out = await client.send(
        new ReceiveMessageCommand({
          QueueUrl: queue.url,
          MaxNumberOfMessages: max,
          VisibilityTimeout: visibilitySeconds,
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
          WaitTimeSeconds: 0,
        }),
      );
      return (out.Messages ?? [])
        .filter((m) => m.ReceiptHandle && m.Body)
        .map((m) => ({
          receiptHandle: m.ReceiptHandle as string,
          receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 1),
          event: JSON.parse(m.Body as string) as ChangeEvent,
        }));
    },
    async delete(queue, receiptHandles) {
      if (receiptHandles.length === 0) return [];
      const out = await client.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queue.url,
          Entries: receiptHandles.map((handle, n) => ({ Id: String(n), ReceiptHandle: handle })),
        }),
      );
      return (out.Failed ?? []).map((f) => receiptHandles[Number(f.Id)] as string);
    },
    async pending(queue) {
      const out = await client.send(
        new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ['ApproximateNumberOfMessages'] }),
      );
      return Number(out.Attributes?.ApproximateNumberOfMessages ?? 0);
    },
    async destroy(queue) {
      try {
        await client.send(new DeleteQueueCommand({ QueueUrl: queue.url }));
      } catch (error) {
        if (!(error instanceof QueueDoesNotExist)) throw error;
      }
    },
  };
}
