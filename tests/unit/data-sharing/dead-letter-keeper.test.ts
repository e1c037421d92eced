import { beforeEach, describe, expect, it, vi } from 'vitest';

const kept: { delivery: unknown; reason: unknown }[] = [];
vi.mock('../../../functions/src/data-sharing/subscriptions.js', () => ({
  keepDeadLetter: async (delivery: unknown, reason: unknown) => {
    kept.push({ delivery, reason });
  },
}));
const { handler } = await import('../../../functions/src/data-sharing/events/dead-letters.js');

/**
 * Issue 15, item 5 on AWS: Lambda hands the webhook forwarder's given-up invocation to the dead-letter keeper (its
 * on-failure destination, infra/lib/change-events.ts), which keeps it on its subscription as the local bus does.
 */
const event = {
  id: 'evt-0001',
  resource: '440104-SK-D001',
  recordKey: 'P-0001',
  version: 3,
  changedAt: '2026-03-02T08:00:00.000Z',
  fields: ['street'],
};

describe('the dead-letter keeper', () => {
  beforeEach(() => {
    kept.length = 0;
  });

  it("keeps the forwarder's delivery with its last error, counted on the subscription", async () => {
    await handler({
      requestPayload: { subscriptionId: 'sub-1', event } as never,
      responsePayload: { errorType: 'Error', errorMessage: 'The webhook answered 503 after 4 attempts' },
      requestContext: { condition: 'RetriesExhausted', approximateInvokeCount: 3 },
    });
    expect(kept).toEqual([
      { delivery: { subscriptionId: 'sub-1', event }, reason: 'The webhook answered 503 after 4 attempts' },
    ]);
  });

  it('names the condition when the forwarder left no error (an event too old to retry)', async () => {
    await handler({
      requestPayload: { subscriptionId: 'sub-1', event } as never,
      responsePayload: null,
      requestContext: { condition: 'EventAgeExceeded' },
    });
    expect(kept[0]?.reason).toBe('EventAgeExceeded');
  });

  it('throws on anything but a delivery, so Lambda leaves it in the dead-letter queue', async () => {
    await expect(handler({ requestPayload: { nothing: true } as never })).rejects.toThrow(/Not a change event/);
    expect(kept).toEqual([]);
  });
});
