import { afterEach, describe, expect, it } from 'vitest';
import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import {
  caseInput,
  eventually,
  fakeCaseTasks,
  finished,
  startExecution,
  startHarness,
  type Harness,
} from './support/harness.js';

/**
 * 联合审批 on the local engine: the case-approval workflow of a joint item, exactly as the CDK app
 * synthesizes it, with fake tasks. Departments give their opinions in parallel (a Map over them).
 */

const lead = 'market-supervision';
const departments = [lead, 'environment', 'health'];
const jointBranches = departments.map((department) => ({ department, program: '' }));
const opinion = (outcome: string, decidedBy: string, department: string, comment = '') =>
  JSON.stringify({ outcome, comment, decidedBy, department, step: 'opinion' });

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Opinions arrive well within the (scaled) limits unless a test lets a department run out of time. */
const RELAXED = 1e-4;
/** One day of heartbeat becomes 1.7 s: the test's prompt answers arrive first, a silent department times out. */
const SILENCE_RUNS_OUT = 2e-5;

async function begin(timeScale = RELAXED) {
  const fakes = fakeCaseTasks();
  harness = await startHarness({ handlers: fakes.handlers, timeScale });
  const input = caseInput({
    department: lead,
    hasReview: true,
    jointReview: true,
    jointDepartments: departments,
    jointBranches,
  });
  const arn = await startExecution(
    harness.client,
    'case-approval',
    `joint-${Math.random().toString(36).slice(2)}`,
    input,
  );
  const client = harness.client;
  const send = async (taskToken: string, output: string) =>
    client.send(new SendTaskSuccessCommand({ taskToken, output }));
  /** The department's officer gives its nth opinion. */
  const give = async (department: string, outcome: string, options: { nth?: number; comment?: string } = {}) =>
    send(
      await fakes.opinionToken(department, options.nth),
      opinion(outcome, `officer-${department}`, department, options.comment),
    );
  const decideStep = async (step: string, outcome: string, nth = 1) =>
    send(
      await fakes.tokenOf(step, { nth }),
      JSON.stringify({ outcome, comment: 'ok', decidedBy: 'head2', step, department: lead }),
    );
  return { ...fakes, client, arn, give, decideStep, send };
}

describe('joint review (联合审批) in the case-approval workflow on the local engine', () => {
  it('opens one opinion item per department in its own inbox, then the lead head decides on all three agreeing', async () => {
    const { client, arn, calls, give, decideStep } = await begin();
    await decideStep('accept', 'accept');
    await Promise.all([give(lead, 'agree'), give('environment', 'agree'), give('health', 'agree')]);
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    const opened = calls.open.filter((c) => c.step === 'opinion');
    expect(opened.map((c) => [c.unit, c.role, c.escalated]).sort()).toEqual(
      departments.map((d) => [d, 'officer', false]).sort(),
    );
    // The review step of an ordinary item never opens; the lead department's head decides.
    expect(calls.open.map((c) => c.step).filter((s) => s !== 'opinion')).toEqual(['accept', 'decide']);
    expect(calls.open.find((c) => c.step === 'decide')).toMatchObject({ role: 'head', unit: lead });
    const recorded = calls.step.filter((c) => (c.decision as { step?: string }).step === 'opinion');
    expect(recorded.map((c) => (c.decision as { department: string }).department).sort()).toEqual(
      [...departments].sort(),
    );
    expect(calls.weigh).toHaveLength(1);
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'approved' })]);
  });

  it('lets the lead decide after one department refuses, with every opinion before the head', async () => {
    const { client, arn, calls, give, decideStep } = await begin();
    await decideStep('accept', 'accept');
    await give('health', 'refuse', { comment: '卫生设施不符合要求' });
    await give('environment', 'agree_with_conditions', { comment: '安装油烟净化器' });
    await give(lead, 'agree');
    await decideStep('decide', 'rejected');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    const weighed = (calls.weigh[0]!.opinions as { department: string; outcome: string }[]).map((o) => [
      o.department,
      o.outcome,
    ]);
    expect(calls.weigh[0]!.opinions).toContainEqual({ department: 'health', program: '', outcome: 'refuse' });
    expect(weighed).toEqual([
      [lead, 'agree'],
      ['environment', 'agree_with_conditions'],
      ['health', 'refuse'],
    ]);
    expect(calls.correction).toEqual([]);
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'rejected' })]);
  });

  it('sends one correction asked by a department to the citizen, then only that department reviews again', async () => {
    const { client, arn, calls, give, decideStep, correctionToken, send } = await begin();
    await decideStep('accept', 'accept');
    await give(lead, 'agree');
    await give('environment', 'request_correction', { comment: '补充油烟处理设施说明' });
    await give('health', 'agree');
    const token = await correctionToken();
    expect(calls.correction).toEqual([
      expect.objectContaining({ step: 'AwaitJointCorrection', reason: 'environment' }),
    ]);
    await send(token, '{"correctedAt":"now"}');
    await give('environment', 'agree', { nth: 2 });
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    const opened = calls.open.filter((c) => c.step === 'opinion').map((c) => c.unit);
    expect(opened.filter((d) => d === 'environment')).toHaveLength(2);
    expect(opened.filter((d) => d === lead)).toHaveLength(1);
    expect(opened.filter((d) => d === 'health')).toHaveLength(1);
    expect(calls.correction).toHaveLength(1);
    expect(calls.weigh.map((w) => (w.opinions as unknown[]).length)).toEqual([3, 1]);
  });

  it('records "no opinion in time" for a department that stays silent, and the lead decides anyway', async () => {
    const { client, arn, calls, give, decideStep } = await begin(SILENCE_RUNS_OUT);
    await decideStep('accept', 'accept');
    await give(lead, 'agree');
    await give('environment', 'agree');
    await eventually(() => calls.weigh[0], 15_000);
    await decideStep('decide', 'approved');
    expect((await finished(client, arn, 20_000)).status).toBe('SUCCEEDED');
    const silent = calls.step.find((c) => (c.decision as { outcome: string }).outcome === 'no_opinion');
    expect(silent?.decision).toMatchObject({ department: 'health', decidedBy: 'system', step: 'opinion' });
    expect(calls.weigh[0]!.opinions).toContainEqual({ department: 'health', program: '', outcome: 'no_opinion' });
    expect(calls.flag).toEqual([]);
    expect(calls.record).toEqual([expect.objectContaining({ outcome: 'approved' })]);
  });
});

describe('joint review across a restart of the local engine', () => {
  it('resumes the parallel review with each department’s own token and opens no item twice', async () => {
    // Prepare: accepted, one department has answered, two wait in their inboxes.
    const before = fakeCaseTasks();
    const first = await startHarness({ handlers: before.handlers, timeScale: RELAXED });
    const input = caseInput({ department: lead, jointReview: true, jointDepartments: departments, jointBranches });
    const arn = await startExecution(first.client, 'case-approval', 'joint-restart', input);
    const accept = JSON.stringify({ outcome: 'accept', comment: '', decidedBy: 'officer2' });
    await first.client.send(new SendTaskSuccessCommand({ taskToken: await before.tokenOf('accept'), output: accept }));
    const tokens = Object.fromEntries(
      await Promise.all(departments.map(async (d) => [d, await before.opinionToken(d)] as const)),
    );
    await first.client.send(
      new SendTaskSuccessCommand({ taskToken: tokens[lead], output: opinion('agree', 'officer2', lead) }),
    );
    await eventually(() => before.calls.step.find((c) => (c.decision as { department?: string }).department === lead));
    await first.close({ keepData: true });

    // Act: a new engine on the same journal; the waiting departments answer with the tokens they hold.
    const after = fakeCaseTasks();
    harness = await startHarness({ handlers: after.handlers, dataDir: first.dataDir, timeScale: RELAXED });
    for (const d of ['environment', 'health']) {
      await harness.client.send(
        new SendTaskSuccessCommand({ taskToken: tokens[d], output: opinion('agree', `officer-${d}`, d) }),
      );
    }
    await harness.client.send(
      new SendTaskSuccessCommand({
        taskToken: await after.tokenOf('decide'),
        output: JSON.stringify({ outcome: 'approved', comment: 'ok', decidedBy: 'head2' }),
      }),
    );

    // Assess
    expect((await finished(harness.client, arn)).status).toBe('SUCCEEDED');
    expect(after.calls.open.map((c) => c.step)).toEqual(['decide']);
    expect(after.calls.weigh).toHaveLength(1);
    expect(after.calls.record).toEqual([expect.objectContaining({ outcome: 'approved' })]);
  });
});
