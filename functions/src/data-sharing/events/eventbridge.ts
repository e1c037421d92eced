import {
  DeleteRuleCommand,
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-eventbridge';
import { eventDetailType, eventSource, type ChangeEventBus, type EventRoute } from './port.js';

/**
 * The change event bus on AWS: one EventBridge bus, one rule per subscription (created when the subscription is,
 * so rules are dynamic, not in the CDK app), whose target is the webhook forwarder Lambda (forwarder.ts).
 *
 * Why a Lambda forwarder and not EventBridge API destinations: an API destination's connection authorizes with a
 * static header (Basic, OAuth client credentials or an API key); it cannot compute an HMAC of each body with a
 * secret of the subscription, which is what lets a consumer verify that the event came from us and was not replayed
 * (webhook.ts). The forwarder signs and posts, retries with backoff, and fails the invocation when the consumer stays
 * unreachable, so EventBridge's retry policy (below) and then the dead-letter queue take over.
 */
const ruleName = (subscriptionId: string) => `data-sub-${subscriptionId}`;
const targetId = 'webhook';

export function createEventBridgeBus(options: {
  region: string;
  busName: string;
  forwarderArn: string;
  deadLetterArn?: string;
}): ChangeEventBus {
  const client = new EventBridgeClient({ region: options.region });
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
    async putRoute(route: EventRoute) {
      await client.send(
        new PutRuleCommand({
          Name: ruleName(route.subscriptionId),
          EventBusName: options.busName,
          EventPattern: JSON.stringify({
            source: [eventSource],
            'detail-type': [eventDetailType],
            detail: { resource: [route.resourceId] },
          }),
          State: 'ENABLED',
          Description: `Change events of ${route.resourceId} for subscription ${route.subscriptionId}`,
        }),
      );
      await client.send(
        new PutTargetsCommand({
          Rule: ruleName(route.subscriptionId),
          EventBusName: options.busName,
          Targets: [
            {
              Id: targetId,
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
    async deleteRoute(subscriptionId) {
      try {
        await client.send(
          new RemoveTargetsCommand({ Rule: ruleName(subscriptionId), EventBusName: options.busName, Ids: [targetId] }),
        );
        await client.send(new DeleteRuleCommand({ Name: ruleName(subscriptionId), EventBusName: options.busName }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
    },
  };
}
