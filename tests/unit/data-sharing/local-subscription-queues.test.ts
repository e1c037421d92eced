import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalSubscriptionQueues } from '../../../infra/local/subscription-queues.js';
import { fixedClock, resetClock, setClock } from '../../../functions/src/platform/clock.js';
import type { ChangeEvent } from '../../../functions/src/data-sharing/events/port.js';

const dirs: string[] = [];
afterEach(() => {
  resetClock();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yx-queues-'));
  dirs.push(dir);
  return dir;
};

const event = (id: string): ChangeEvent => ({
  id,
  type: 'data.resource.changed',
  resource: '440104-SK-D003',
  recordKey: `BUILDING#${id}`,
  version: 1,
  changedAt: '2026-03-01T08:00:00.000Z',
  fields: ['floors'],
});

const rule = 'arn:aws:events:ap-east-1:000000000000:rule/yuexiu-local-change-events/data-sub-dsub-0000000000000001';
const start = Date.parse('2026-03-01T08:00:00.000Z');

describe('the local subscription queues', () => {
  it('hides a received message for the visibility timeout and gives it again, with a new handle, if not deleted', async () => {
    setClock(fixedClock(start));
    const queues = createLocalSubscriptionQueues(tempDir());
    const queue = await queues.create('dsub-0000000000000001', rule);
    expect(queue.arn).toBe('arn:aws:sqs:ap-east-1:000000000000:yuexiu-local-data-sub-dsub-0000000000000001');
    for (const id of ['evt-a', 'evt-b', 'evt-c']) await queues.send(queue, event(id));
    expect(await queues.pending(queue)).toBe(3);

    const first = await queues.receive(queue, 2, 30);
    expect(first.map((m) => [m.event.id, m.receiveCount])).toEqual([
      ['evt-a', 1],
      ['evt-b', 1],
    ]);
    // Invisible during the timeout: only the third is left to receive.
    setClock(fixedClock(start + 29_000));
    expect((await queues.receive(queue, 10, 30)).map((m) => m.event.id)).toEqual(['evt-c']);
    expect(await queues.receive(queue, 10, 30)).toEqual([]);

    // evt-a is acknowledged in time; evt-b is not and comes back after its timeout, with a new handle.
    expect(await queues.delete(queue, [first[0]!.receiptHandle])).toEqual([]);
    setClock(fixedClock(start + 30_000));
    const again = await queues.receive(queue, 10, 60);
    expect(again.map((m) => [m.event.id, m.receiveCount])).toEqual([['evt-b', 2]]);
    expect(again[0]!.receiptHandle).not.toBe(first[1]!.receiptHandle);
    // The stale handle of the first receipt no longer deletes it; an unknown one is answered as not found.
    expect(await queues.delete(queue, [first[1]!.receiptHandle, 'nonsense'])).toEqual([
      first[1]!.receiptHandle,
      'nonsense',
    ]);
    expect(await queues.delete(queue, [again[0]!.receiptHandle])).toEqual([]);
    setClock(fixedClock(start + 3_600_000));
    expect((await queues.receive(queue, 10, 30)).map((m) => m.event.id)).toEqual(['evt-c']);
  });

  it('keeps the messages across a restart and forgets a destroyed queue', async () => {
    setClock(fixedClock(start));
    const dir = tempDir();
    const queues = createLocalSubscriptionQueues(dir);
    const queue = await queues.create('dsub-0000000000000002', rule);
    await queues.send(queue, event('evt-x'));
    // Creating it again answers the same queue and keeps its messages.
    const restarted = createLocalSubscriptionQueues(dir);
    expect(await restarted.create('dsub-0000000000000002', rule)).toEqual(queue);
    expect((await restarted.receive(queue, 10, 30)).map((m) => m.event)).toEqual([event('evt-x')]);
    await restarted.destroy(queue);
    await restarted.destroy(queue);
    expect(readdirSync(path.join(dir, 'queues'))).toEqual([]);
    await expect(restarted.send(queue, event('evt-y'))).rejects.toThrow(/does not exist/);
  });
});
