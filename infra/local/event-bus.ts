import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeEventBus, ChangeEvent, EventRoute } from '../../functions/src/data-sharing/events/port.js';
import { installLocalChangeEventBus } from '../../functions/src/data-sharing/events/bus.js';
import { forward, keepDeadLetter } from '../../functions/src/data-sharing/subscriptions.js';

/**
 * The local cloud's stand-in for the EventBridge change event bus (functions/src/data-sharing/events): the routes
 * (one per subscription, as the rules on AWS) are kept in the data folder, so they survive a restart as rules do;
 * an event is matched on its resource, as the rules' pattern matches it, and handed to the same target the rules
 * have on AWS — the webhook forwarder (subscriptions.ts `forward`), which signs, posts and retries with backoff.
 * Deliveries run in the background, after the publishing request has answered, as EventBridge's do; one the
 * forwarder gives up is kept as a dead letter on its subscription (subscriptions.ts `keepDeadLetter`), as the
 * forwarder's dead-letter queue keeps it on AWS.
 */
export interface LocalEventBus extends ChangeEventBus {
  /** Waits for the deliveries under way (tests; stopping the cloud). */
  settled(): Promise<void>;
}

export function createLocalEventBus(dataDir: string, log: (message: string) => void): LocalEventBus {
  const file = path.join(dataDir, 'events', 'routes.json');
  mkdirSync(path.dirname(file), { recursive: true });
  const routes = new Map<string, EventRoute>();
  try {
    for (const route of JSON.parse(readFileSync(file, 'utf8')) as EventRoute[]) routes.set(route.subscriptionId, route);
  } catch {
    // No routes yet.
  }
  const save = () => writeFileSync(file, JSON.stringify([...routes.values()], null, 1));
  const pending = new Set<Promise<void>>();

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
        for (const route of routes.values())
          if (route.resourceId === event.resource) deliver(route.subscriptionId, event);
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

/** Creates the local bus and installs it as the change event port (CHANGE_EVENTS=local); returns its stop. */
export function installLocalEventBus(dataDir: string, log: (message: string) => void): () => Promise<void> {
  const bus = createLocalEventBus(dataDir, log);
  installLocalChangeEventBus(bus);
  return async () => {
    await bus.settled();
    installLocalChangeEventBus(undefined);
  };
}
