import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeEventBus, ChangeEvent, EventRoute } from '../../functions/src/data-sharing/events/port.js';
import { installLocalChangeEventBus } from '../../functions/src/data-sharing/events/bus.js';
import type { SubscriptionQueues } from '../../functions/src/data-sharing/events/queue-port.js';
import { forward, keepDeadLetter } from '../../functions/src/data-sharing/subscriptions.js';
import { localAccountId, localRegion, localStage } from './constants.js';
import { installLocalQueues } from './subscription-queues.js';

/**
 * The local cloud's stand-in for the EventBridge change event bus (functions/src/data-sharing/events): the routes
 * (one per subscription, as the rules on AWS) are kept in the data folder, so they survive a restart as rules do;
 * an event is matched on its resource, as the rules' pattern matches it, and handed to the same target the rules
 * have on AWS — the webhook forwarder (subscriptions.ts `forward`), which signs, posts and retries with backoff.
 * Deliveries run in the background, after the publishing request has answered, as EventBridge's do; one the
 * forwarder gives up is kept as a dead letter on its subscription (subscriptions.ts `keepDeadLetter`), as the
 * forwarder's dead-letter queue keeps it on AWS. A queue subscription's route puts the event in its queue (the
 * local queues, subscription-queues.ts), as its rule's SQS target does on AWS.
 */
export interface LocalEventBus extends ChangeEventBus {
  /** Waits for the deliveries under way (tests; stopping the cloud). */
  settled(): Promise<void>;
}

/** A route kept before queue subscriptions existed has no target: its target is the webhook forwarder. */
type StoredRoute = Omit<EventRoute, 'target'> & Partial<Pick<EventRoute, 'target'>>;

export function createLocalEventBus(
  dataDir: string,
  log: (message: string) => void,
  queues?: SubscriptionQueues,
): LocalEventBus {
  const file = path.join(dataDir, 'events', 'routes.json');
  mkdirSync(path.dirname(file), { recursive: true });
  const routes = new Map<string, EventRoute>();
  try {
    for (const route of JSON.parse(readFileSync(file, 'utf8')) as StoredRoute[])
      routes.set(route.subscriptionId, { ...route, target: route.target ?? { kind: 'webhook' } });
  } catch {
    // No routes yet.
  }
  const save = () => writeFileSync(file, JSON.stringify([...routes.values()], null, 1));
  const pending = new Set<Promise<void>>();

  const track = (running: Promise<void>) => {
    pending.add(running);
    void running.finally(() => pending.delete(running));
  };

  const enqueue = (route: EventRoute, event: ChangeEvent) => {
    if (route.target.kind !== 'queue') return;
    if (!queues) throw new Error('a queue subscription but no local queues');
    const queue = route.target.queue;
    track(
      queues
        .send(queue, event)
        .catch((error: unknown) =>
          log(`change event ${event.id} not put in ${route.subscriptionId}'s queue: ${(error as Error).message}`),
        ),
    );
  };

  const deliver = (subscriptionId: string, event: ChangeEvent) => {
    const running = forward({ subscriptionId, event })
      .then(() => undefined)
      .catch(async (error: unknown) => {
        log(`change event ${event.id} to ${subscriptionId} not delivered: ${(error as Error).message}`);
        await keepDeadLetter({ subscriptionId, event }, error);
      })
      .catch((error: unknown) => log(`dead letter of ${event.id} not kept: ${(error as Error).message}`))
      .finally(() => pending.delete(running));
    pending.add(running);
  };

  return {
    async publish(events) {
      for (const event of events)
        for (const route of routes.values()) {
          if (route.resourceId !== event.resource) continue;
          if (route.target.kind === 'queue') enqueue(route, event);
          else deliver(route.subscriptionId, event);
        }
    },
    async putRule(rule) {
      // The route is kept with its target (putRoute); the rule's ARN is what it would be on AWS.
      return `arn:aws:events:${localRegion}:${localAccountId}:rule/yuexiu-${localStage}-change-events/data-sub-${rule.subscriptionId}`;
    },
    async putRoute(route) {
      routes.set(route.subscriptionId, route);
      save();
    },
    async deleteRoute(subscriptionId) {
      routes.delete(subscriptionId);
      save();
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

/**
 * Creates the local bus and the subscriptions' queues it delivers into, and installs them as the change event and
 * subscription queue ports (CHANGE_EVENTS=local, SUBSCRIPTION_QUEUES=local); returns their stop.
 */
export function installLocalEventBus(dataDir: string, log: (message: string) => void): () => Promise<void> {
  const queues = installLocalQueues(dataDir);
  const bus = createLocalEventBus(dataDir, log, queues.queues);
  installLocalChangeEventBus(bus);
  return async () => {
    await bus.settled();
    installLocalChangeEventBus(undefined);
    queues.stop();
  };
}
