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
 * 综合救助 (one-window relief) on the local engine: one relief case fans out one review per chosen program to
 * its department (the joint review's Map, one branch per program); each program gets its own outcome.
 */

const lead = 'civil-affairs';
const branches = [
  { department: lead, program: 'MZ-DIBAO' },
  { department: lead, program: 'MZ-GAOLING' },
  { department: 'education', program: 'JY-YIWU-BUZHU' },
  { department: 'disabled-persons', program: 'CL-HULI-BUTIE' },
];
const RELAXED = 1e-4;
const SILENCE_RUNS_OUT = 2e-5;

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function begin(timeScale = RELAXED) {
  const fakes = fakeCaseTasks();
  harness = await startHarness({ handlers: fakes.handlers, timeScale });
  const input = caseInput({
    department: lead,
    hasReview: false,
    jointReview: true,
    jointDepartments: [...new Set(branches.map((b) => b.department))],
    jointBranches: branches,
  });
  const arn = await startExecution(
    harness.client,
    'case-approval',
    `relief-${Math.random().toString(36).slice(2)}`,
    input,
  );
  const client = harness.client;
  const send = (taskToken: string, output: string) => client.send(new SendTaskSuccessCommand({ taskToken, output }));
  /** The department's officer decides on a program (its nth review). */
  const decideProgram = async (program: string, outcome: string, options: { nth?: number; comment?: string } = {}) => {
    const { department } = branches.find((b) => b.program === program)!;
    const token = await fakes.opinionToken(department, options.nth, program);
    const output = { outcome, comment: options.comment ?? '', decidedBy: `officer-${department}`, department, program };
    await send(token, JSON.stringify({ ...output, step: 'opinion' }));
  };
  const decideStep = async (step: string, outcome: string) =>
    send(
      await fakes.tokenOf(step),
      JSON.stringify({ outcome, comment: '', decidedBy: 'head1', step, department: lead }),
    );
  return { ...fakes, client, arn, send, decideProgram, decideStep };
}

const recordedOpinions = (calls: { step: Record<string, unknown>[] }) =>
  calls.step
    .map((c) => c.decision as { step?: string; program?: string; outcome: string; department: string })
    .filter((d) => d.step === 'opinion')
    .map((d) => [d.program, d.department, d.outcome]);

describe('one-window relief (综合救助) in the case-approval workflow on the local engine', () => {
  it('opens one review per program in its department, two programs of one department separately', async () => {
    const { client, arn, calls, decideProgram, decideStep } = await begin();
    await decideStep('accept', 'accept');
    await decideProgram('MZ-DIBAO', 'agree');
    await decideProgram('MZ-GAOLING', 'refuse', { comment: '未满 80 周岁' });
    await decideProgram('JY-YIWU-BUZHU', 'agree');
    await decideProgram('CL-HULI-BUTIE', 'agree');
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    const opened = calls.open.filter((c) => c.step === 'opinion').map((c) => [c.program, c.unit]);
    expect(opened.sort()).toEqual(branches.map((b) => [b.program, b.department]).sort());
    expect(recordedOpinions(calls).sort()).toEqual(
      [
        ['MZ-DIBAO', lead, 'agree'],
        ['MZ-GAOLING', lead, 'refuse'],
        ['JY-YIWU-BUZHU', 'education', 'agree'],
        ['CL-HULI-BUTIE', 'disabled-persons', 'agree'],
      ].sort(),
    );
    expect(calls.weigh).toHaveLength(1);
    expect(calls.correction).toEqual([]);
  });

  it('sends a correction asked by one department once; only that program is reviewed again', async () => {
    const { client, arn, calls, decideProgram, decideStep, correctionToken, send } = await begin();
    await decideStep('accept', 'accept');
    await decideProgram('MZ-DIBAO', 'agree');
    await decideProgram('MZ-GAOLING', 'agree');
    await decideProgram('JY-YIWU-BUZHU', 'request_correction', { comment: '补充在读证明' });
    await decideProgram('CL-HULI-BUTIE', 'agree');
    const token = await correctionToken();
    expect(calls.correction).toEqual([
      expect.objectContaining({ step: 'AwaitJointCorrection', reason: 'JY-YIWU-BUZHU' }),
    ]);
    await send(token, '{"correctedAt":"now"}');
    await decideProgram('JY-YIWU-BUZHU', 'agree', { nth: 2 });
    await decideStep('decide', 'approved');
    expect((await finished(client, arn)).status).toBe('SUCCEEDED');
    const opened = calls.open.filter((c) => c.step === 'opinion').map((c) => c.program);
    expect(opened.filter((x) => x === 'JY-YIWU-BUZHU')).toHaveLength(2);
    expect(opened).toHaveLength(5);
    expect(calls.correction).toHaveLength(1);
    expect(calls.weigh.map((w) => w.opinions)).toEqual([
      expect.any(Array),
      [{ department: 'education', program: 'JY-YIWU-BUZHU', outcome: 'agree' }],
    ]);
  });

  it('records "no opinion in time" for the program of a silent department; the others keep their outcomes', async () => {
    const { client, arn, calls, decideProgram, decideStep } = await begin(SILENCE_RUNS_OUT);
    await decideStep('accept', 'accept');
    await decideProgram('MZ-DIBAO', 'agree');
    await decideProgram('MZ-GAOLING', 'agree');
    await decideProgram('JY-YIWU-BUZHU', 'refuse', { comment: '非困难家庭' });
    await eventually(() => calls.weigh[0], 15_000);
    await decideStep('decide', 'approved');
    expect((await finished(client, arn, 20_000)).status).toBe('SUCCEEDED');
    expect(recordedOpinions(calls)).toContainEqual(['CL-HULI-BUTIE', 'disabled-persons', 'no_opinion']);
    expect(calls.weigh[0]!.opinions).toContainEqual({
      department: 'education',
      program: 'JY-YIWU-BUZHU',
      outcome: 'refuse',
    });
    expect(calls.flag).toEqual([]);
  });
});
