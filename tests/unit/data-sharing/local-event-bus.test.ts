import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalEventBus } from '../../../infra/local/event-bus.js';
import { createLocalSubscriptionQueues } from '../../../infra/local/subscription-queues.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yx-events-'));
  dirs.push(dir);
  return dir;
};

describe('the local change event bus', () => {
  it('keeps its routes in the data folder, as rules survive on AWS, and forgets deleted ones', async () => {
    const dir = tempDir();
    const bus = createLocalEventBus(dir, () => undefined);
    const webhook = { kind: 'webhook' } as const;
    await bus.putRoute({ subscriptionId: 'dsub-0000000000000001', resourceId: '440104-SK-D003', target: webhook });
    await bus.putRoute({ subscriptionId: 'dsub-0000000000000002', resourceId: '440104-SK-D001', target: webhook });
    await bus.deleteRoute('dsub-0000000000000002', 'webhook');
    await bus.deleteRoute('dsub-0000000000000009', 'webhook');
    const file = JSON.parse(readFileSync(path.join(dir, 'events', 'routes.json'), 'utf8')) as unknown[];
    expect(file).toEqual([{ subscriptionId: 'dsub-0000000000000001', resourceId: '440104-SK-D003', target: webhook }]);
    // A restarted bus reads them back; an event of a resource nobody subscribed to delivers nothing.
    const again = createLocalEventBus(dir, () => undefined);
    await again.publish([
      {
        id: 'evt-x',
        type: 'data.resource.changed',
        resource: '440104-SJ-D101',
        recordKey: 'X',
        version: 1,
        changedAt: '2026-01-01T00:00:00.000Z',
        fields: [],
      },
    ]);
    await again.settled();
  });

  it('puts the events of a queue subscription’s resource in its queue, and none of another resource', async () => {
    const dir = tempDir();
    const queues = createLocalSubscriptionQueues(dir);
    const bus = createLocalEventBus(dir, () => undefined, queues);
    const ruleArn = await bus.putRule({ subscriptionId: 'dsub-00000000000000a1', resourceId: '440104-SK-D003' });
    expect(ruleArn).toMatch(/:rule\/yuexiu-local-change-events\/data-sub-dsub-00000000000000a1$/);
    const queue = await queues.create('dsub-00000000000000a1', ruleArn);
    await bus.putRoute({
      subscriptionId: 'dsub-00000000000000a1',
      resourceId: '440104-SK-D003',
      target: { kind: 'queue', queue },
    });
    const event = (id: string, resource: string) => ({
      id,
      type: 'data.resource.changed' as const,
      resource,
      recordKey: 'BUILDING#1',
      version: 2,
      changedAt: '2026-01-01T00:00:00.000Z',
      fields: ['floors'],
    });
    // A restarted bus keeps the route with its queue.
    const again = createLocalEventBus(dir, () => undefined, queues);
    await again.publish([event('evt-1', '440104-SK-D003'), event('evt-2', '440104-SK-D001')]);
    await again.settled();
    const received = await queues.receive(queue, 10, 30);
    expect(received.map((m) => m.event.id)).toEqual(['evt-1']);
    await again.deleteRoute('dsub-00000000000000a1', 'queue');
    await again.publish([event('evt-3', '440104-SK-D003')]);
    await again.settled();
    expect(await queues.pending(queue)).toBe(0);
  });
});
