import { afterEach, describe, expect, it } from 'vitest';
import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import {
  eventually,
  fakeCaseTasks,
  finished,
  startExecution,
  startHarness,
  taskFunctionName,
  type Harness,
} from './support/harness.js';

/**
 * The data-request workflow (workflows/data-request.ts) as the CDK app synthesizes it, on the local engine: the owner
 * head's decision is a task waiting on its token; the test plays the decision route, or lets the time limit (14 days,
 * scaled) run out, when the request expires.
 */

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function begin(timeScale: number) {
  const waits: { taskToken: string; requestId: string }[] = [];
  const expired: string[] = [];
  harness = await startHarness({
    timeScale,
    handlers: {
      ...fakeCaseTasks().handlers,
      [taskFunctionName('data-sharing-await-decision')]: (event: unknown) => {
        waits.push(event as { taskToken: string; requestId: string });
        return { workItemId: 'item-1' };
      },
      [taskFunctionName('data-sharing-expire-request')]: (event: unknown) => {
        expired.push((event as { requestId: string }).requestId);
        return { status: 'expired' };
      },
    },
  });
  const requestId = `dr-${Math.random().toString(36).slice(2, 12).padEnd(22, '0')}`;
  const arn = await startExecution(harness.client, 'data-request', requestId, { requestId });
  return { client: harness.client, arn, waits, expired, requestId };
}

describe('data-request workflow', () => {
  it('waits for the owner head’s decision and ends with it', async () => {
    const { client, arn, waits, expired, requestId } = await begin(1e-4);
    const wait = await eventually(() => waits[0]);
    expect(wait.requestId).toBe(requestId);
    const output = JSON.stringify({ requestId, status: 'granted', by: 'head1', at: '2026-12-01T02:00:00.000Z' });
    await client.send(new SendTaskSuccessCommand({ taskToken: wait.taskToken, output }));
    const done = await finished(client, arn);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output!).result).toMatchObject({ status: 'granted', by: 'head1' });
    expect(expired).toEqual([]);
  });

  it('expires the request when no one decides within the time limit', async () => {
    // 14 days become about 1.2 s.
    const { client, arn, expired, requestId } = await begin(1e-6);
    const done = await finished(client, arn, 5000);
    expect(done.status).toBe('SUCCEEDED');
    expect(expired).toEqual([requestId]);
    expect(JSON.parse(done.output!).failure.Error).toBe('States.Timeout');
  });
});
