import { afterEach, describe, expect, it } from 'vitest';
import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import type { EventActionInput, GridEventRecord } from '../../functions/src/grid/model.js';
import { applyAction } from '../../functions/src/grid/rules.js';
import { stepResult } from '../../functions/src/grid/workflow.js';
import type { Principal } from '../../functions/src/platform/principal.js';
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
 * The grid-event workflow (workflows/grid-event.ts) as the CDK app synthesizes it, on the local engine: each human
 * step waits on a task token; here the test plays the grid's action route, moving an in-memory event with the real
 * step rules (functions/src/grid/rules.ts) and sending the waiting task the event's new state.
 */

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const dispatcher: Principal = { sub: 'd1', username: 'dispatcher1', roles: ['dispatcher'] };
const officer: Principal = {
  sub: 'o1',
  username: 'officer-environment',
  roles: ['officer'],
  department: 'environment',
};
const inspector: Principal = { sub: 'i1', username: 'inspector1', roles: ['inspector'], street: 'beijing' };

const at = '2026-12-01T02:00:00.000Z';
const reported = (eventId: string): GridEventRecord => ({
  eventId,
  category: 'E0101',
  description: '北京路步行街口有一堆建筑垃圾',
  location: { lat: 23.125, lng: 113.27 },
  cell: 'beijing-01',
  street: 'beijing',
  community: 'beijing-c1',
  source: 'portal',
  reportedBy: 'citizen1',
  status: 'reported',
  limitDays: 1,
  dueDate: '2026-12-02',
  reportedAt: at,
  updatedAt: at,
  history: [{ at, status: 'reported', action: 'report', by: 'citizen1' }],
  version: 1,
});

interface StepCall {
  taskToken: string;
  eventId: string;
  status: string;
  step: string;
}

async function begin() {
  const calls: StepCall[] = [];
  harness = await startHarness({
    handlers: {
      ...fakeCaseTasks().handlers,
      [taskFunctionName('grid-await-step')]: (event: unknown) => {
        calls.push(event as StepCall);
        return { workItemId: `item-${calls.length}` };
      },
    },
  });
  const client = harness.client;
  let record = reported(`G20261201-${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`);
  const arn = await startExecution(client, 'grid-event', record.eventId, {
    eventId: record.eventId,
    event: stepResult(record),
  });
  /** The action route: the step rules move the event, then the task waiting for it (the nth so far) hears of it. */
  const act = async (principal: Principal, input: Omit<EventActionInput, 'version'>) => {
    const waiting = await eventually(() => calls[calls.length - 1]);
    expect(waiting.status).toBe(record.status);
    const taskToken = waiting.taskToken;
    const count = calls.length;
    record = applyAction(
      record,
      principal,
      { ...input, version: record.version } as EventActionInput,
      at,
      'environment',
    );
    await client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(stepResult(record)) }));
    // The workflow waits on a new task unless the event closed.
    if (record.status !== 'closed') await eventually(() => (calls.length > count ? true : undefined));
  };
  const steps = () => calls.map((c) => `${c.step}:${c.status}`);
  return { client, arn, act, steps, calls };
}

describe('grid-event workflow on the local engine', () => {
  it('waits for register, dispatch, handle and verify in turn, and ends when the event is closed', async () => {
    const { client, arn, act, steps, calls } = await begin();
    await act(dispatcher, { action: 'register' });
    await act(dispatcher, { action: 'dispatch' });
    await act(officer, { action: 'handle', note: '已清运' });
    await act(inspector, { action: 'verify' });
    const out = await finished(client, arn);
    expect(out.status).toBe('SUCCEEDED');
    expect(steps()).toEqual(['dispatch:reported', 'dispatch:registered', 'handle:dispatched', 'verify:handled']);
    expect(new Set(calls.map((c) => c.taskToken)).size).toBe(4);
    expect(JSON.parse(out.output!).event).toMatchObject({ status: 'closed', action: 'verify', by: 'inspector1' });
  });

  it('takes a returned result back to handling, then on to verification again', async () => {
    const { client, arn, act, steps } = await begin();
    await act(dispatcher, { action: 'register' });
    await act(dispatcher, { action: 'dispatch' });
    await act(officer, { action: 'handle', note: '已清运' });
    await act(inspector, { action: 'return', note: '现场仍有垃圾' });
    expect(steps().at(-1)).toBe('handle:dispatched');
    expect((await finished(client, arn, 200).catch(() => undefined))?.status).toBeUndefined();
    await act(officer, { action: 'handle', note: '已彻底清理' });
    await act(inspector, { action: 'verify' });
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(steps()).toEqual([
      'dispatch:reported',
      'dispatch:registered',
      'handle:dispatched',
      'verify:handled',
      'handle:dispatched',
      'verify:handled',
    ]);
  });

  it('ends a declined report (不予立案) at once', async () => {
    const { client, arn, act, steps } = await begin();
    await act(dispatcher, { action: 'decline', note: '重复上报' });
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(steps()).toEqual(['dispatch:reported']);
  });

  it('follows an event that staff moved on before its task kept the token', async () => {
    // The task finds the event already registered and dispatched (grid/workflow-tasks.ts answers itself with it).
    const { client, arn, calls } = await begin();
    const first = await eventually(() => calls[0]);
    const moved = { ...stepResult(reported(first.eventId)), status: 'dispatched', action: 'dispatch' };
    await client.send(new SendTaskSuccessCommand({ taskToken: first.taskToken, output: JSON.stringify(moved) }));
    const next = await eventually(() => calls[1]);
    expect(next).toMatchObject({ step: 'handle', status: 'dispatched' });
    expect((await finished(client, arn, 200).catch(() => undefined))?.status).toBeUndefined();
  });
});
