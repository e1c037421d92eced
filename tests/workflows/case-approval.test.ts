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
import { fakeCaseTasks, finished, startExecution, startHarness, type Harness } from './support/harness.js';

const caseInput = { caseId: 'c-1', department: 'civil-affairs' };
const decision = (outcome: string) => JSON.stringify({ outcome, comment: 'ok', decidedBy: 'officer1' });

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Decisions arrive well within the (scaled) deadlines unless a test runs the clock out on purpose. */
const RELAXED = 1e-4;
const HURRIED = 1e-6;

async function begin(options: { recordOutcome?: LambdaHandler; timeScale?: number } = {}) {
  const fakes = fakeCaseTasks(options.recordOutcome);
  harness = await startHarness({ handlers: fakes.handlers, timeScale: options.timeScale ?? RELAXED });
  const arn = await startExecution(
    harness.client,
    'case-approval',
    `case-${Math.random().toString(36).slice(2)}`,
    caseInput,
  );
  return { ...fakes, client: harness.client, arn };
}

describe('case-approval workflow on the local engine', () => {
  it('records an approval and succeeds', async () => {
    // Prepare
    const { client, arn, calls, tokenOf } = await begin();
    const token = await tokenOf('ReviewByOfficer');
    // Act
    await client.send(new SendTaskSuccessCommand({ taskToken: token, output: decision('approved') }));
    const out = await finished(client, arn);
    // Assess
    expect(out.status).toBe('SUCCEEDED');
    expect(calls.open[0]).toMatchObject({
      caseId: 'c-1',
      department: 'civil-affairs',
      step: 'ReviewByOfficer',
      role: 'officer',
    });
    expect(calls.record).toEqual([{ caseId: 'c-1', outcome: 'approved', comment: 'ok', decidedBy: 'officer1' }]);
    expect(JSON.parse(out.output ?? '{}')).toMatchObject({
      decision: { outcome: 'approved' },
      result: { status: 'approved' },
    });
  });

  it('records a rejection and succeeds', async () => {
    const { client, arn, calls, tokenOf } = await begin();
    await client.send(
      new SendTaskSuccessCommand({ taskToken: await tokenOf('ReviewByOfficer'), output: decision('rejected') }),
    );
    const out = await finished(client, arn);
    expect(out.status).toBe('SUCCEEDED');
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'rejected' })]);
  });

  it('fails with UnknownDecision when the outcome is neither approved nor rejected', async () => {
    const { client, arn, calls, tokenOf } = await begin();
    await client.send(
      new SendTaskSuccessCommand({ taskToken: await tokenOf('ReviewByOfficer'), output: decision('maybe') }),
    );
    const out = await finished(client, arn);
    expect(out.status).toBe('FAILED');
    expect(out.error).toBe('UnknownDecision');
    expect(calls.record).toEqual([]);
  });

  it('escalates to the head when the officer does not decide in time, and the head decides', async () => {
    // Prepare: 5 days of review are 432 ms; heartbeats keep the work item alive until then.
    const { client, arn, calls, tokenOf } = await begin({ timeScale: HURRIED });
    const officerToken = await tokenOf('ReviewByOfficer');
    const beating = setInterval(() => {
      client.send(new SendTaskHeartbeatCommand({ taskToken: officerToken })).catch(() => undefined);
    }, 20);
    // Act
    const headToken = await tokenOf('EscalateToHead', 1).finally(() => clearInterval(beating));
    await client.send(new SendTaskSuccessCommand({ taskToken: headToken, output: decision('approved') }));
    const out = await finished(client, arn);
    expect(out.status).toBe('SUCCEEDED');
    expect(calls.open.map((c) => c.role)).toEqual(['officer', 'head']);
    await expect(
      client.send(new SendTaskSuccessCommand({ taskToken: officerToken, output: decision('approved') })),
    ).rejects.toBeInstanceOf(TaskTimedOut);
    const history = await client.send(new GetExecutionHistoryCommand({ executionArn: arn }));
    const timedOut = history.events?.find((e) => e.type === 'TaskTimedOut');
    expect(timedOut?.taskTimedOutEventDetails?.error).toBe('States.Timeout');
  });

  it('flags the case as needing attention when the escalation times out too', async () => {
    // Prepare: nobody heartbeats, so each work item times out after its (86 ms) heartbeat interval.
    const { client, arn, calls } = await begin({ timeScale: HURRIED });
    const out = await finished(client, arn);
    expect(out.status).toBe('FAILED');
    expect(out.error).toBe('CaseNeedsAttention');
    expect(calls.flag).toEqual([{ caseId: 'c-1', error: 'States.HeartbeatTimeout' }]);
  });

  it('retries RecordOutcome after two failures and then succeeds', async () => {
    let attempts = 0;
    const flaky: LambdaHandler = () => {
      attempts += 1;
      if (attempts <= 2) throw Object.assign(new Error('table busy'), { name: 'ThrottlingError' });
      return { status: 'approved' };
    };
    const { client, arn, calls, tokenOf } = await begin({ recordOutcome: flaky });
    await client.send(
      new SendTaskSuccessCommand({ taskToken: await tokenOf('ReviewByOfficer'), output: decision('approved') }),
    );
    const out = await finished(client, arn);
    expect(out.status).toBe('SUCCEEDED');
    expect(attempts).toBe(3);
    expect(calls.flag).toEqual([]);
  });

  it('flags the case when RecordOutcome always fails', async () => {
    let attempts = 0;
    const broken: LambdaHandler = () => {
      attempts += 1;
      throw Object.assign(new Error('no table'), { name: 'ResourceNotFoundException' });
    };
    const { client, arn, calls, tokenOf } = await begin({ recordOutcome: broken });
    await client.send(
      new SendTaskSuccessCommand({ taskToken: await tokenOf('ReviewByOfficer'), output: decision('approved') }),
    );
    const out = await finished(client, arn);
    expect(out.status).toBe('FAILED');
    expect(out.error).toBe('CaseNeedsAttention');
    expect(attempts).toBe(4);
    expect(calls.flag).toEqual([{ caseId: 'c-1', error: 'ResourceNotFoundException' }]);
  });

  it('keeps a review alive past its heartbeat interval while heartbeats arrive', async () => {
    const { client, arn, calls, tokenOf } = await begin({ timeScale: HURRIED });
    const token = await tokenOf('ReviewByOfficer');
    // Heartbeat interval is 86 ms at this time scale: beat every 20 ms for 200 ms.
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await client.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    }
    await client.send(new SendTaskSuccessCommand({ taskToken: token, output: decision('approved') }));
    const out = await finished(client, arn);
    expect(out.status).toBe('SUCCEEDED');
    expect(calls.open).toHaveLength(1);
  });

  it('routes SendTaskFailure to FlagNeedsAttention with the error given', async () => {
    const { client, arn, calls, tokenOf } = await begin();
    await client.send(
      new SendTaskFailureCommand({ taskToken: await tokenOf('ReviewByOfficer'), error: 'WorkItemLost', cause: 'gone' }),
    );
    const out = await finished(client, arn);
    expect(out.status).toBe('FAILED');
    expect(calls.flag).toEqual([{ caseId: 'c-1', error: 'WorkItemLost' }]);
  });

  it('aborts on StopExecution and refuses the token afterwards', async () => {
    const { client, arn, tokenOf } = await begin();
    const token = await tokenOf('ReviewByOfficer');
    await client.send(new StopExecutionCommand({ executionArn: arn, error: 'Withdrawn', cause: 'applicant withdrew' }));
    const out = await finished(client, arn);
    expect(out).toMatchObject({ status: 'ABORTED', error: 'Withdrawn', cause: 'applicant withdrew' });
    await expect(
      client.send(new SendTaskSuccessCommand({ taskToken: token, output: decision('approved') })),
    ).rejects.toBeInstanceOf(TaskTimedOut);
    const history = await client.send(new GetExecutionHistoryCommand({ executionArn: arn }));
    expect(history.events?.at(-1)?.type).toBe('ExecutionAborted');
  });
});
