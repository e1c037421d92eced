import { randomBytes } from 'node:crypto';
import { nowIso } from '../platform/clock.js';
import { config } from '../platform/config.js';
import { AppError, badRequest, notFound } from '../platform/errors.js';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import { changeEventBus } from './events/bus.js';
import { subscriptionQueues } from './events/queues.js';
import type { Delivery } from './events/port.js';
import { deliverChecked, signatureHeader, type RetryOptions } from './events/webhook.js';
import { webhookUrlProblem } from './events/webhook-target.js';
import { grantsOf, type Extractor } from './extraction.js';
import { seedResources } from './seed.js';
import type { SubscriptionInput } from './subscription-input.js';
import { subscriptionId, subscriptionViewOf, type SubscriptionRecord } from './subscription-model.js';
import * as store from './subscription-store.js';

/**
 * A department's subscriptions to change events of resources it holds a grant of (issue 15, item 5). Each is a route
 * on the change event bus (events/bus.ts) delivering to the department's webhook, signed with the subscription's
 * secret, or into a queue of the subscription's own (events/queues.ts) that its system reads through the API
 * (subscription-queue.ts). Errors: 400 INVALID_INPUT (details.fields names webhookUrl when its host may not be reached),
 * 403 NO_DATA_GRANT / DATA_GRANT_NOT_IN_EFFECT, 404 NOT_FOUND, 409 DATA_NOT_ONLINE.
 */

const secretContext = (id: string) => ({ purpose: dataKeyPurposes.subscriptionSecret, recordKey: `DSUB#${id}` });

export async function createSubscription(who: Extractor, input: SubscriptionInput) {
  if (input.kind === 'webhook') {
    const problem = webhookUrlProblem(input.webhookUrl as string, config().WEBHOOK_ALLOWED_HOSTS);
    if (problem) {
      throw badRequest('INVALID_INPUT', `Invalid input — webhookUrl: ${problem}`, {
        fields: [{ field: 'webhookUrl', message: problem }],
      });
    }
  }
  const resource = seedResources.find((r) => r.identifier === input.resourceId);
  if (!resource) throw notFound('Data resource');
  await grantsOf(who.department, input.resourceId);
  if (!('registry' in resource)) {
    throw new AppError(409, 'DATA_NOT_ONLINE', `${input.resourceId} is served from its owner's own system`);
  }
  const id = `dsub-${randomBytes(8).toString('hex')}`;
  const base = {
    subscriptionId: id,
    department: who.department,
    resourceId: input.resourceId,
    kind: input.kind,
    createdBy: who.by,
    createdAt: nowIso(),
  };
  const rule = { subscriptionId: id, resourceId: input.resourceId };
  if (input.kind === 'queue') {
    // The rule first: the queue admits messages from that rule only; then the rule's target, the queue.
    const ruleArn = await changeEventBus().putRule(rule);
    const queue = await subscriptionQueues().create(id, ruleArn);
    const record = { ...base, queue };
    await store.putSubscription(record);
    await changeEventBus().putRoute({ ...rule, target: { kind: 'queue', queue } });
    return { subscription: subscriptionViewOf(record) };
  }
  const secret = randomBytes(32).toString('base64url');
  const record = {
    ...base,
    webhookUrl: input.webhookUrl,
    secretSealed: await sealField(keyService(), secretContext(id), secret),
  };
  await store.putSubscription(record);
  await changeEventBus().putRoute({ ...rule, target: { kind: 'webhook' } });
  return { subscription: subscriptionViewOf(record), signingSecret: secret, signatureHeader };
}

/** A queue subscription's waiting messages, when the queue answers (the list does not fail for one queue). */
async function pendingOf(record: SubscriptionRecord): Promise<number | undefined> {
  if (!record.queue) return undefined;
  return subscriptionQueues()
    .pending(record.queue)
    .catch(() => undefined);
}

export async function listSubscriptions(who: Extractor) {
  const records = await store.subscriptionsOf(who.department);
  const pending = await Promise.all(records.map(pendingOf));
  return {
    items: records.map((record, n) => {
      const view = subscriptionViewOf(record);
      return pending[n] === undefined ? view : { ...view, pendingMessages: pending[n] };
    }),
  };
}

/**
 * Ends the department's subscription: its route first, so no event is delivered for a removed subscription, then a
 * queue subscription's queue with the messages still in it.
 */
export async function deleteSubscription(who: Extractor, id: string) {
  const record = subscriptionId.safeParse(id).success ? await store.getSubscription(id) : undefined;
  if (!record || record.department !== who.department) throw notFound('Subscription');
  await changeEventBus().deleteRoute(id, record.kind ?? 'webhook');
  if (record.queue) await subscriptionQueues().destroy(record.queue);
  await store.deleteSubscription(id);
  return subscriptionViewOf(record);
}

/**
 * The target of every subscription's route (the forwarder Lambda on AWS, the local bus's delivery): signs the event
 * with the subscription's secret and posts it. An event of a subscription deleted meanwhile is dropped; one whose
 * department lost its grant too (the consumer could not extract the record anyway).
 */
export async function forward(delivery: Delivery, retry?: RetryOptions) {
  const record = await store.getSubscription(delivery.subscriptionId);
  if (!record || record.resourceId !== delivery.event.resource) return { delivered: false as const };
  if (!record.webhookUrl || !record.secretSealed) return { delivered: false as const };
  try {
    await grantsOf(record.department, record.resourceId);
  } catch (error) {
    if (error instanceof AppError && error.status === 403) return { delivered: false as const };
    throw error;
  }
  const allowed = config().WEBHOOK_ALLOWED_HOSTS;
  const secret = await openField(keyService(), secretContext(record.subscriptionId), record.secretSealed);
  const outcome = await deliverChecked(record.webhookUrl, allowed, secret, delivery.event, retry);
  return { delivered: true as const, ...outcome };
}

/** A delivery the forwarder gave up (the local bus's dead-letter queue): kept and counted on the subscription. */
export async function keepDeadLetter(delivery: Delivery, error: unknown): Promise<void> {
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  const failure = { at: nowIso(), eventId: delivery.event.id, error: reason };
  await store.keepDeadLetter(delivery.subscriptionId, failure, delivery.event);
}
