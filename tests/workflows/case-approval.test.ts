import { afterEach, describe, expect, it } from 'vitest';
import {
  GetExecutionHistoryCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StopExecutionCommand,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import type { LambdaHandler } from '../../infra/local/lambda-runtime.js';
import {
  caseInput,
  eventually,
  fakeCaseTasks,
  finished,
  startExecution,
  startHarness,
  type Harness,
} from './support/harness.js';

const decision = (outcome: string, decidedBy = 'officer1') => JSON.stringify({ outcome, comment: 'ok', decidedBy });

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Decisions arrive well within the (scaled) deadlines unless a test runs the clock out on purpose. */
const RELAXED = 1e-4;
/** Two days of acceptance become 173 ms, one day of heartbeat 86 ms, one second of retry 1 µs. */
const HURRIED = 1e-6;

async function begin(
  options: { input?: Record<string, unknown>; overrides?: Record<string, LambdaHandler>; timeScale?: number } = {},
) {
  const fakes = fakeCaseTasks(options.overrides);
  harness = await startHarness({ handlers: fakes.handlers, timeScale: options.timeScale ?? RELAXED });
  const arn = await startExecution(
    harness.client,
    'case-approval',
    `case-${Math.random().toString(36).slice(2)}`,
    caseInput(options.input),
  );
  const client = harness.client;
  /** Decides the next open work item of `step`. */
  const decideStep = async (step: string, outcome: string, options2: { escalated?: boolean; nth?: number } = {}) =>
    client.send(
      new SendTaskSuccessCommand({ taskToken: await fakes.tokenOf(step, options2), output: decision(outcome) }),
    );
  return { ...fakes, client, arn, decideStep };
}

describe('case-approval workflow on the local engine', () => {
  it('accepts, reviews, decides, records and completes a case for download', async () => {
    const { client, arn, calls, decideStep } = await begin();
    await decideStep('accept', 'accept');
    await decideStep('review', 'approve');
    await decideStep('decide', 'approved');
    const out = await finished(client, arn);
    expect(out.status).toBe('SUCCEEDED');
    expect(calls.open.map((c) => [c.step, c.role, c.unit, c.escalated])).toEqual([
      ['accept', 'officer', 'civil-affairs', false],
      ['review', 'officer', 'civil-affairs', false],
      ['decide', 'head', 'civil-affairs', false],
    ]);
    expect(calls.acceptance).toEqual([{ caseId: 'c-1', acceptedBy: 'officer1' }]);
    expect(calls.record).toEqual([{ caseId: 'c-1', outcome: 'approved', comment: 'ok', decidedBy: 'officer1' }]);
    expect(calls.complete).toEqual([{ caseId: 'c-1' }]);
  });

  it('records a denial, which is delivered like an approval', async () => {
    const { client, arn, calls, decideStep } = await begin();
    await decideStep('accept', 'accept');
    await decideStep('review', 'reject');
    await decideStep('decide', 'rejected');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'rejected' })]);
    expect(calls.complete).toHaveLength(1);
  });

  it('returns the case from the decision to the review (退回重审), then decides it', async () => {
    const { client, arn, calls, decideStep } = await begin();
    await decideStep('accept', 'accept');
    await decideStep('review', 'approve');
    await decideStep('decide', 'returned');
    await decideStep('review', 'approve', { nth: 2 });
    await decideStep('decide', 'approved', { nth: 2 });
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.open.map((c) => [c.step, c.role])).toEqual([
      ['accept', 'officer'],
      ['review', 'officer'],
      ['decide', 'head'],
      ['review', 'officer'],
      ['decide', 'head'],
    ]);
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'approved' })]);
  });

  it('returns the case to the decision when the item has no review', async () => {
    const { client, arn, calls, decideStep } = await begin({ input: { hasReview: false, decideRole: 'officer' } });
    await decideStep('accept', 'accept');
    await decideStep('decide', 'returned');
    await decideStep('decide', 'rejected', { nth: 2 });
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.open.map((c) => c.step)).toEqual(['accept', 'decide', 'decide']);
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'rejected' })]);
  });

  it('skips the review step when the item has none', async () => {
    const { client, arn, calls, decideStep } = await begin({ input: { hasReview: false, decideRole: 'officer' } });
    await decideStep('accept', 'accept');
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.open.map((c) => c.step)).toEqual(['accept', 'decide']);
  });

  it('starts a counter filing at review: the clerk accepted it on the spot', async () => {
    const { client, arn, calls, decideStep } = await begin({ input: { acceptedAtCounter: true } });
    await decideStep('review', 'approve');
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.open.map((c) => c.step)).toEqual(['review', 'decide']);
    expect(calls.acceptance).toEqual([]);
  });

  it('refuses a case at acceptance (不予受理): recorded, nothing delivered', async () => {
    const { client, arn, calls, decideStep } = await begin();
    await decideStep('accept', 'reject');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.record).toEqual([{ caseId: 'c-1', outcome: 'not_accepted', comment: 'ok', decidedBy: 'officer1' }]);
    expect(calls.complete).toEqual([]);
  });

  it('waits for a correction (补正) and runs acceptance again when it arrives', async () => {
    const { client, arn, calls, decideStep, correctionToken } = await begin();
    await decideStep('accept', 'correct');
    const token = await correctionToken();
    expect(calls.correction[0]).toMatchObject({ caseId: 'c-1', step: 'AwaitAcceptCorrection', reason: 'ok' });
    await client.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"correctedAt":"now"}' }));
    await decideStep('accept', 'accept', { nth: 2 });
    await decideStep('review', 'correct');
    await client.send(new SendTaskSuccessCommand({ taskToken: await correctionToken(2), output: '{}' }));
    await decideStep('review', 'approve', { nth: 2 });
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.open.map((c) => c.step)).toEqual(['accept', 'accept', 'review', 'review', 'decide']);
    expect(calls.correction.map((c) => c.step)).toEqual(['AwaitAcceptCorrection', 'AwaitReviewCorrection']);
  });

  it('withdraws the case when the correction never comes', async () => {
    const { client, arn, calls, decideStep } = await begin({ timeScale: HURRIED });
    await decideStep('accept', 'correct');
    expect((await finished(client, arn, 10_000)).status).toBe('SUCCEEDED');
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'withdrawn', decidedBy: 'system' })]);
  });

  it('hands the result over at the pickup station through the street clerks’ inbox', async () => {
    const { client, arn, calls, decideStep } = await begin({
      input: { pickupAtStation: true, pickupStreet: 'beijing' },
    });
    await decideStep('accept', 'accept');
    await decideStep('review', 'approve');
    await decideStep('decide', 'approved');
    await decideStep('handover', 'handed-over');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(calls.open.at(-1)).toMatchObject({ step: 'handover', role: 'clerk', unit: 'beijing' });
    expect(calls.complete).toHaveLength(1);
  });

  it('fails with UnknownDecision when a decision fits no branch', async () => {
    const { client, arn, calls, decideStep } = await begin();
    await decideStep('accept', 'maybe');
    const out = await finished(client, arn);
    expect(out).toMatchObject({ status: 'FAILED', error: 'UnknownDecision' });
    expect(calls.record).toEqual([]);
  });

  it('escalates each human step to the head when it runs out of time, and the head decides', async () => {
    const { client, arn, calls, decideStep } = await begin({ timeScale: HURRIED });
    await decideStep('accept', 'accept', { escalated: true });
    expect(calls.open.slice(0, 2).map((c) => [c.step, c.role, c.escalated])).toEqual([
      ['accept', 'officer', false],
      ['accept', 'head', true],
    ]);
    await decideStep('review', 'approve', { escalated: true });
    await decideStep('decide', 'approved', { escalated: true });
    expect((await finished(client, arn, 10_000)).status).toBe('SUCCEEDED');
    expect(calls.record).toHaveLength(1);
  });

  it('flags the case as needing attention when the escalation times out too', async () => {
    const { client, arn, calls } = await begin({ timeScale: HURRIED });
    const out = await finished(client, arn, 10_000);
    expect(out).toMatchObject({ status: 'FAILED', error: 'CaseNeedsAttention' });
    expect(calls.flag).toEqual([{ caseId: 'c-1', error: 'States.HeartbeatTimeout' }]);
  });

  it('retries RecordDecision after two failures and then succeeds', async () => {
    let attempts = 0;
    const flaky: LambdaHandler = (event) => {
      attempts += 1;
      if (attempts <= 2) throw Object.assign(new Error('busy'), { name: 'ThrottlingError' });
      return { status: (event as { outcome: string }).outcome };
    };
    const { client, arn, calls, decideStep } = await begin({ overrides: { 'cases-record-outcome': flaky } });
    await decideStep('accept', 'accept');
    await decideStep('review', 'approve');
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(attempts).toBe(3);
    expect(calls.flag).toEqual([]);
  });

  it('opens a work item again with a new token when its callback task failed to open it', async () => {
    const opened: string[] = [];
    const flakyOpen: LambdaHandler = (event) => {
      const { taskToken, step } = event as { taskToken: string; step: string };
      opened.push(taskToken);
      if (step === 'accept' && opened.length === 1) {
        throw Object.assign(new Error('the put was not answered'), { name: 'CallbackNotOpened' });
      }
      return { workItemId: `item-${opened.length}` };
    };
    const { client, arn, calls } = await begin({ overrides: { 'cases-open-work-item': flakyOpen } });
    await eventually(async () => (opened.length >= 2 ? true : undefined));
    await expect(
      client.send(new SendTaskSuccessCommand({ taskToken: opened[0]!, output: decision('accept') })),
    ).rejects.toBeInstanceOf(TaskTimedOut);
    for (const output of [decision('accept'), decision('approve'), decision('approved')]) {
      const before = opened.length;
      await client.send(new SendTaskSuccessCommand({ taskToken: opened.at(-1)!, output }));
      if (output !== decision('approved')) await eventually(async () => (opened.length > before ? true : undefined));
    }
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    expect(new Set(opened).size).toBe(4);
    expect(calls.flag).toEqual([]);
  });

  it('flags the case when a work item never opens', async () => {
    const broken: LambdaHandler = () => {
      throw Object.assign(new Error('down'), { name: 'CallbackNotOpened' });
    };
    const { client, arn, calls } = await begin({ overrides: { 'cases-open-work-item': broken } });
    expect((await finished(client, arn)).status).toBe('FAILED');
    expect(calls.flag).toEqual([{ caseId: 'c-1', error: 'CallbackNotOpened' }]);
  });

  it('flags the case when recording the decision always fails', async () => {
    let attempts = 0;
    const broken: LambdaHandler = () => {
      attempts += 1;
      throw Object.assign(new Error('table gone'), { name: 'ResourceNotFoundException' });
    };
    const { client, arn, calls, decideStep } = await begin({ overrides: { 'cases-record-outcome': broken } });
    await decideStep('accept', 'accept');
    await decideStep('review', 'approve');
    await decideStep('decide', 'approved');
    const out = await finished(client, arn);
    expect(out).toMatchObject({ status: 'FAILED', error: 'CaseNeedsAttention' });
    expect(attempts).toBe(7);
    expect(calls.flag).toEqual([{ caseId: 'c-1', error: 'ResourceNotFoundException' }]);
  });

  it('keeps a step alive past its heartbeat interval while heartbeats arrive', async () => {
    const { client, arn, calls, tokenOf, decideStep } = await begin({
      input: { hasReview: false },
      timeScale: 1e-5,
    });
    const token = await tokenOf('accept');
    // At this time scale the heartbeat interval is 864 ms and the step's limit 1.73 s: beat every 100 ms
    // for 1.2 s, well past one heartbeat interval.
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await client.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    }
    await client.send(new SendTaskSuccessCommand({ taskToken: token, output: decision('accept') }));
    await decideStep('decide', 'approved', { escalated: true });
    expect((await finished(client, arn, 10_000)).status).toBe('SUCCEEDED');
    expect(calls.open.filter((c) => c.step === 'accept')).toHaveLength(1);
  });

  it('routes SendTaskFailure to FlagNeedsAttention with the error given', async () => {
    const { client, arn, calls, tokenOf } = await begin();
    await client.send(
      new SendTaskFailureCommand({ taskToken: await tokenOf('accept'), error: 'WorkItemLost', cause: 'gone' }),
    );
    const out = await finished(client, arn);
    expect(out.status).toBe('FAILED');
    expect(calls.flag).toEqual([{ caseId: 'c-1', error: 'WorkItemLost' }]);
  });

  it('aborts on StopExecution and refuses the token afterwards', async () => {
    const { client, arn, tokenOf } = await begin();
    const token = await tokenOf('accept');
    await client.send(new StopExecutionCommand({ executionArn: arn, error: 'Withdrawn', cause: 'applicant withdrew' }));
    const out = await finished(client, arn);
    expect(out).toMatchObject({ status: 'ABORTED', error: 'Withdrawn', cause: 'applicant withdrew' });
    await expect(
      client.send(new SendTaskSuccessCommand({ taskToken: token, output: decision('accept') })),
    ).rejects.toBeInstanceOf(TaskTimedOut);
    const history = await client.send(new GetExecutionHistoryCommand({ executionArn: arn }));
    expect(history.events?.at(-1)?.type).toBe('ExecutionAborted');
  });
});
