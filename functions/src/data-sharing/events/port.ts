/**
 * The change event port (issue 15, item 5): a registry change is published once on the one event bus; each
 * subscription is a route on that bus (a rule matching its resource) whose target delivers the event to the
 * consumer's webhook, signed (webhook.ts). On AWS the bus is EventBridge (eventbridge.ts); the local cloud installs
 * its own stand-in (infra/local/event-bus.ts) that matches and delivers the same way. Delivery is at least once:
 * a consumer de-duplicates by the event's id, which is the same for every delivery of one change.
 */

/** What a consumer receives: which record of which resource changed and which fields, never their values. */
export interface ChangeEvent {
  /** Stable for one change of one record of one resource: the same on every retry and redelivery. */
  readonly id: string;
  readonly type: 'data.resource.changed';
  /** The data resource's identifier (catalog), e.g. 440104-SK-D001. */
  readonly resource: string;
  /** The record's key, as extraction returns it in `items[].id`. */
  readonly recordKey: string;
  /** The record's version after the change. */
  readonly version: number;
  /** When the record changed (ISO 8601): an extraction with `since` just before it returns the record. */
  readonly changedAt: string;
  /** The names of the fields that changed (all filled fields for a new record); never their values. */
  readonly fields: readonly string[];
}

/** Where a queue subscription's queue is (queue-port.ts): kept on the subscription (subscription-model.ts). */
export interface QueueRef {
  readonly url: string;
  readonly arn: string;
}

/** A subscription's rule: which resource's events it matches. */
export interface EventRule {
  readonly subscriptionId: string;
  readonly resourceId: string;
}

/**
 * Where a rule delivers: the webhook forwarder (which signs and posts to the subscription's webhook), or the
 * subscription's own queue (queue-port.ts), the event as the message body.
 */
export type RouteTarget = { readonly kind: 'webhook' } | { readonly kind: 'queue'; readonly queue: QueueRef };
export type TargetKind = RouteTarget['kind'];

/** A subscription as the bus routes it. */
export interface EventRoute extends EventRule {
  readonly target: RouteTarget;
}

/** What a route's target hands the forwarder (webhook.ts / forwarder.ts): which subscription, which event. */
export interface Delivery {
  readonly subscriptionId: string;
  readonly event: ChangeEvent;
}

export interface ChangeEventBus {
  /** Puts the events on the bus (at least once); routes whose resource matches deliver them. */
  publish(events: readonly ChangeEvent[]): Promise<void>;
  /**
   * Creates or replaces the subscription's rule without a target, and answers its ARN (a queue admits messages from
   * that rule only, so the queue is made between the rule and its target).
   */
  putRule(rule: EventRule): Promise<string>;
  /** Creates or replaces the subscription's route (a rule and its target). */
  putRoute(route: EventRoute): Promise<void>;
  /** Removes the subscription's route (its target of that kind, then the rule); one already gone is no error. */
  deleteRoute(subscriptionId: string, kind: TargetKind): Promise<void>;
}

/** The event's source and detail type on the bus (the rules' pattern matches them). */
export const eventSource = 'yuexiu.data-sharing';
export const eventDetailType = 'DataResourceChanged';
