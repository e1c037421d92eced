import { describe, expect, it } from 'vitest';
import { DescribeExecutionCommand, ListExecutionsCommand, SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import type { LambdaHandler } from '../../infra/local/lambda-runtime.js';
import {
  caseInput as inputOf,
  eventually,
  fakeCaseTasks,
  finished,
  machineArn,
  startExecution,
  startHarness,
} from './support/harness.js';

const caseInput = inputOf({ caseId: 'c-9', hasReview: false });
const decision = JSON.stringify({ outcome: 'approved', comment: 'ok', decidedBy: 'head1' });
const accept = JSON.stringify({ outcome: 'accept', comment: '', decidedBy: 'officer1' });

describe('local Step Functions across a restart', () => {
  it('resumes an execution waiting for a human with the same token, without re-invoking finished tasks', async () => {
    // Prepare: accepted at once; the decision times out (no heartbeats) and waits in the head's inbox.
    const before = fakeCaseTasks();
    const first = await startHarness({ handlers: before.handlers, timeScale: 1e-6 });
    const arn = await startExecution(first.client, 'case-approval', 'case-c-9', caseInput);
    await first.client.send(new SendTaskSuccessCommand({ taskToken: await before.tokenOf('accept'), output: accept }));
    const headToken = await before.tokenOf('decide', { escalated: true });
    await first.close({ keepData: true });

    // Act: a new engine on the same journal, with generous deadlines counted from the original start.
    const after = fakeCaseTasks();
    const second = await startHarness({ handlers: after.handlers, dataDir: first.dataDir, timeScale: 1e-4 });
    try {
      await second.client.send(new SendTaskSuccessCommand({ taskToken: headToken, output: decision }));
      const out = await finished(second.client, arn);

      // Assess
      expect(out.status).toBe('SUCCEEDED');
      expect(after.calls.open).toEqual([]);
      expect(after.calls.record).toEqual([expect.objectContaining({ caseId: 'c-9', decidedBy: 'head1' })]);
      expect(before.calls.open.map((c) => [c.step, c.escalated])).toEqual([
        ['accept', false],
        ['decide', false],
        ['decide', true],
      ]);
    } finally {
      await second.close({ keepData: true });
    }

    // Finished executions stay listable and describable after another restart.
    const third = await startHarness({ handlers: fakeCaseTasks().handlers, dataDir: first.dataDir });
    try {
      const described = await third.client.send(new DescribeExecutionCommand({ executionArn: arn }));
      expect(described.status).toBe('SUCCEEDED');
      const listed = await third.client.send(
        new ListExecutionsCommand({ stateMachineArn: await machineArn('case-approval'), statusFilter: 'SUCCEEDED' }),
      );
      expect(listed.executions?.map((e) => e.executionArn)).toEqual([arn]);
    } finally {
      await third.close();
    }
  });

  it('counts a waiting task’s timeout from when it started, not from the restart', async () => {
    // Prepare: acceptance starts with deadlines of 173 ms (timeout) and 86 ms (heartbeat).
    const before = fakeCaseTasks();
    const first = await startHarness({ handlers: before.handlers, timeScale: 1e-6 });
    const arn = await startExecution(first.client, 'case-approval', 'case-late', caseInput);
    await before.tokenOf('accept');
    await first.close({ keepData: true });
    await new Promise((r) => setTimeout(r, 150));

    // Act: after the restart the heartbeat deadline has already passed.
    const after = fakeCaseTasks();
    const second = await startHarness({ handlers: after.handlers, dataDir: first.dataDir, timeScale: 1e-6 });
    try {
      // Assess: the escalation opens at once (no second officer work item).
      await after.tokenOf('accept', { escalated: true });
      expect(after.calls.open.map((c) => [c.step, c.escalated])).toEqual([['accept', true]]);
      const out = await finished(second.client, arn);
      expect(out.status).toBe('FAILED');
    } finally {
      await second.close();
    }
  });

  it('replays journaled retries without waiting and without calling the function again', async () => {
    // Prepare: RecordOutcome fails twice, then the engine stops during the third attempt.
    let attempts = 0;
    let releaseThird: () => void = () => undefined;
    const stuck: LambdaHandler = () => {
      attempts += 1;
      if (attempts <= 2) throw Object.assign(new Error('busy'), { name: 'ThrottlingError' });
      return new Promise((resolve) => (releaseThird = () => resolve({ status: 'late' })));
    };
    const before = fakeCaseTasks({ 'cases-record-outcome': stuck });
    const first = await startHarness({ handlers: before.handlers, timeScale: 1e-4 });
    const arn = await startExecution(first.client, 'case-approval', 'case-retry', caseInput);
    await first.client.send(new SendTaskSuccessCommand({ taskToken: await before.tokenOf('accept'), output: accept }));
    await first.client.send(
      new SendTaskSuccessCommand({ taskToken: await before.tokenOf('decide'), output: decision }),
    );
    await eventually(() => (attempts === 3 ? true : undefined));
    await first.close({ keepData: true });
    releaseThird();

    // Act
    let replayedAttempts = 0;
    const after = fakeCaseTasks({
      'cases-record-outcome': () => {
        replayedAttempts += 1;
        return { status: 'approved' };
      },
    });
    const second = await startHarness({ handlers: after.handlers, dataDir: first.dataDir, timeScale: 1e-4 });
    try {
      const out = await finished(second.client, arn);
      // Assess: only the unfinished third attempt runs again.
      expect(out.status).toBe('SUCCEEDED');
      expect(replayedAttempts).toBe(1);
      expect(after.calls.open).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
