import { describe, expect, it } from 'vitest';
import { AdmissionControl } from '../../../infra/local/admission.js';

/** Lets pending promise callbacks run. */
const settle = () => new Promise((r) => setImmediate(r));

describe('the local gateway admission control (infra/local/admission.ts)', () => {
  it('runs N, queues Q and refuses the next one at once', async () => {
    // Prepare: a long wait limit, so nothing here depends on timing.
    const admission = new AdmissionControl({ concurrency: 2, queue: 3, maxWaitMs: 60_000 });

    // Act
    const running = await Promise.all([admission.enter(), admission.enter()]);
    const queued = [admission.enter(), admission.enter(), admission.enter()];
    const refused = await admission.enter();

    // Assess
    expect(running.every((a) => a.admitted)).toBe(true);
    expect(admission.running).toBe(2);
    expect(admission.waiting).toBe(3);
    expect(refused).toEqual({ admitted: false, reason: 'queue-full' });

    // A finished request hands its slot to the oldest waiter, first in first out.
    const order: number[] = [];
    queued.forEach((q, i) => void q.then(() => order.push(i)));
    for (const ticket of running) if (ticket.admitted) ticket.release();
    await settle();
    expect(order).toEqual([0, 1]);
    expect(admission.running).toBe(2);
    expect(admission.waiting).toBe(1);
    for (const q of queued.slice(0, 2)) {
      const ticket = await q;
      if (ticket.admitted) ticket.release();
    }
    const last = await queued[2]!;
    expect(last.admitted).toBe(true);
    if (last.admitted) {
      last.release();
      last.release(); // a second release is ignored
    }
    expect(admission.running).toBe(0);
  });

  it('refuses a request that waited longer than the limit, and frees its place in the queue', async () => {
    const admission = new AdmissionControl({ concurrency: 1, queue: 1, maxWaitMs: 0 });
    const first = await admission.enter();
    expect(first.admitted).toBe(true);
    expect(await admission.enter()).toEqual({ admitted: false, reason: 'waited-too-long' });
    expect(admission.waiting).toBe(0);
    if (first.admitted) first.release();
    expect((await admission.enter()).admitted).toBe(true);
  });
});
