import {
  DeleteRuleCommand,
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-eventbridge';
import { eventDetailType, eventSource, type ChangeEventBus, type EventRoute, type EventRule } from './port.js';

/**
 * The change event bus on AWS: one EventBridge bus, one rule per subscription (created when the subscription is,
 * so rules are dynamic, not in the CDK app), whose target is the webhook forwarder Lambda (forwarder.ts).
 *
 * Why a Lambda forwarder and not EventBridge API destinations: an API destination's connection authorizes with a
 * static header (Basic, OAuth client credentials or an API key); it cannot compute an HMAC of each body with a
 * secret of the subscription, which is what lets a consumer verify that the event came from us and was not replayed
 * (webhook.ts). The forwarder signs and posts, retries with backoff, and fails the invocation when the consumer stays
 * unreachable, so EventBridge's retry policy (below) and then the dead-letter queue take over.
 *
 * A queue subscription's rule targets its own SQS queue (sqs.ts) directly, the event's detail as the message body;
 * the queue's policy admits that rule only. No forwarder and no signature there: the department's system reads the
 * queue through the API with its own credentials.
 */
const ruleName = (subscriptionId: string) => `data-sub-${subscriptionId}`;
/** The target's id on the rule, by kind (a webhook rule's target was always `webhook`). */
const targetIds = { webhook: 'webhook', queue: 'queue' } as const;

export function createEventBridgeBus(options: {
  region: string;
  busName: string;
  forwarderArn: string;
  deadLetterArn?: string;
  /** Tests hand a fake client (a hand-written `send`). */
  client?: EventBridgeClient;
}): ChangeEventBus {
  const client = options.client ?? new EventBridgeClient({ region: options.region });
  const putRule = async (rule: EventRule): Promise<string> => {
    const out = await client.send(
      new PutRuleCommand({
        Name: ruleName(rule.subscriptionId),
        EventBusName: options.busName,
        EventPattern: JSON.stringify({
          source: [eventSource],
          'detail-type': [eventDetailType],
          detail: { resource: [rule.resourceId] },
        }),
        State: 'ENABLED',
        Description: `Change events of ${rule.resourceId} for subscription ${rule.subscriptionId}`,
      }),
    );
    if (!out.RuleArn) throw new Error(`EventBridge answered no ARN for the rule of ${rule.subscriptionId}`);
    return out.RuleArn;
  };
  return {
    async publish(events) {
      // PutEvents takes at most 10 entries; an entry refused (FailedEntryCount) is sent again once, then fails.
      for (let i = 0; i < events.length; i += 10) {
        let entries = events.slice(i, i + 10).map((event) => ({
          EventBusName: options.busName,
          Source: eventSource,
          DetailType: eventDetailType,
          Time: new Date(event.changedAt),
          Detail: JSON.stringify(event),
        }));
        for (let attempt = 0; entries.length > 0; attempt++) {
          const out = await client.send(new PutEventsCommand({ Entries: entries }));
          if (!out.FailedEntryCount) break;
          if (attempt >= 2) throw new Error(`EventBridge refused ${out.FailedEntryCount} change events`);
          entries = entries.filter((_, n) => out.Entries?.[n]?.ErrorCode);
        }
      }
    },
    async putRule(rule) {
      return putRule(rule);
    },
    async putRoute(route: EventRoute) {
      await putRule(route);
      const target = route.target;
      await client.send(
        new PutTargetsCommand({
          Rule: ruleName(route.subscriptionId),
          EventBusName: options.busName,
          Targets: [
            target.kind === 'queue'
              ? {
                  Id: targetIds.queue,
                  Arn: target.queue.arn,
                  // The message body is the event itself (port.ts ChangeEvent), its id included.
                  InputPath: '$.detail',
                  RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 },
                  ...(options.deadLetterArn ? { DeadLetterConfig: { Arn: options.deadLetterArn } } : {}),
                }
              : {
                  Id: targetIds.webhook,
                  Arn: options.forwarderArn,
                  // The forwarder receives { subscriptionId, event } (port.ts Delivery), whatever the rule matched.
                  InputTransformer: {
                    InputPathsMap: { detail: '$.detail' },
                    InputTemplate: `{"subscriptionId":"${route.subscriptionId}","event":<detail>}`,
                  },
                  RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 },
                  ...(options.deadLetterArn ? { DeadLetterConfig: { Arn: options.deadLetterArn } } : {}),
                },
          ],
        }),
      );
    },
    async deleteRoute(subscriptionId, kind) {
      try {
        await client.send(
          new RemoveTargetsCommand({
            Rule: ruleName(subscriptionId),
            EventBusName: options.busName,
            Ids: [targetIds[kind]],
          }),
        );
        await client.send(new DeleteRuleCommand({ Name: ruleName(subscriptionId), EventBusName: options.busName }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
    },
  };
}
