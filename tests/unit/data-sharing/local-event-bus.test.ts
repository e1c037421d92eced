import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalEventBus } from '../../../infra/local/event-bus.js';

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
    await bus.putRoute({ subscriptionId: 'dsub-0000000000000001', resourceId: '440104-SK-D003' });
    await bus.putRoute({ subscriptionId: 'dsub-0000000000000002', resourceId: '440104-SK-D001' });
    await bus.deleteRoute('dsub-0000000000000002');
    await bus.deleteRoute('dsub-0000000000000009');
    const file = JSON.parse(readFileSync(path.join(dir, 'events', 'routes.json'), 'utf8')) as unknown[];
    expect(file).toEqual([{ subscriptionId: 'dsub-0000000000000001', resourceId: '440104-SK-D003' }]);
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
});
