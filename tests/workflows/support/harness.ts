/**
 * Runs the CDK-defined state machines on the local engine with fake task functions, behind the real
 * JSON 1.0 server, and talks to it with the real `SFNClient`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeExecutionCommand,
  SFNClient,
  StartExecutionCommand,
  type DescribeExecutionCommandOutput,
} from '@aws-sdk/client-sfn';
import { LocalFunctions, type LambdaHandler } from '../../../infra/local/lambda-runtime.js';
import { localAccountId, localRegion } from '../../../infra/local/constants.js';
import { localStateMachines } from '../../../infra/local/state-machines.js';
import { LocalStepFunctions, type LocalStateMachine } from '../../../infra/local/stepfunctions/index.js';

export const STAGE = 'test';
export const REGION = localRegion;
export const ACCOUNT = localAccountId;
/** Five days of review become 432 ms; one day of heartbeat 86 ms; one second of retry 1 µs. */
export const TIME_SCALE = 1e-6;

let machines: Promise<LocalStateMachine[]> | undefined;

/** The state machines exactly as the CDK app synthesizes them (as the local cloud loads them). */
export function renderedMachines(): Promise<LocalStateMachine[]> {
  machines ??= localStateMachines(STAGE);
  return machines;
}

export const taskFunctionName = (id: string) => `yuexiu-${STAGE}-task-${id}`;

export interface Harness {
  readonly engine: LocalStepFunctions;
  readonly client: SFNClient;
  readonly dataDir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

export interface HarnessOptions {
  readonly handlers: Readonly<Record<string, LambdaHandler>>;
  readonly dataDir?: string;
  readonly timeScale?: number;
}

/** Starts an engine (resuming `dataDir` if given) and a server on a free port. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'yuexiu-sfn-'));
  const engine = new LocalStepFunctions({
    machines: await renderedMachines(),
    functions: LocalFunctions.fromHandlers(options.handlers),
    dataDir,
    region: REGION,
    accountId: ACCOUNT,
    timeScale: options.timeScale ?? TIME_SCALE,
  });
  await engine.start();
  const server = await engine.listen(0);
  const client = new SFNClient({
    region: REGION,
    endpoint: `http://127.0.0.1:${server.port}`,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  return {
    engine,
    client,
    dataDir,
    async close({ keepData = false } = {}) {
      client.destroy();
      await server.close();
      await engine.stop();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function machineArn(id: string): Promise<string> {
  const machine = (await renderedMachines()).find((m) => m.name === `yuexiu-${STAGE}-${id}`);
  if (!machine) throw new Error(`no state machine ${id}`);
  return machine.arn;
}

export async function startExecution(client: SFNClient, workflowId: string, name: string, input: object) {
  const out = await client.send(
    new StartExecutionCommand({ stateMachineArn: await machineArn(workflowId), name, input: JSON.stringify(input) }),
  );
  if (!out.executionArn) throw new Error('no executionArn');
  return out.executionArn;
}

/** Polls until `probe` returns a value (not undefined) or `timeoutMs` passes. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Waits until the execution has finished and returns its description. */
export function finished(client: SFNClient, executionArn: string, timeoutMs = 3000) {
  return eventually<DescribeExecutionCommandOutput>(async () => {
    const out = await client.send(new DescribeExecutionCommand({ executionArn }));
    return out.status === 'RUNNING' ? undefined : out;
  }, timeoutMs);
}

/** A case-approval input: an online case with a review step and download, unless overridden. */
export function caseInput(overrides: Record<string, unknown> = {}) {
  return {
    caseId: 'c-1',
    department: 'civil-affairs',
    acceptRole: 'officer',
    hasReview: true,
    reviewRole: 'officer',
    decideRole: 'head',
    acceptedAtCounter: false,
    pickupAtStation: false,
    pickupStreet: '',
    ...overrides,
  };
}

type Call = Record<string, unknown>;

/** Fake case-approval task functions that record every call; `overrides` replace single tasks. */
export function fakeCaseTasks(overrides: Partial<Record<string, LambdaHandler>> = {}) {
  const calls = {
    open: [] as Call[],
    correction: [] as Call[],
    step: [] as Call[],
    acceptance: [] as Call[],
    record: [] as Call[],
    complete: [] as Call[],
    flag: [] as Call[],
    weigh: [] as Call[],
  };
  const recorder = (list: Call[], result: (event: Call) => unknown) => (event: unknown) => {
    list.push(event as Call);
    return result(event as Call);
  };
  const handlers: Record<string, LambdaHandler> = {
    [taskFunctionName('cases-open-work-item')]: recorder(calls.open, () => ({
      workItemId: `item-${calls.open.length}`,
    })),
    [taskFunctionName('cases-await-correction')]: recorder(calls.correction, () => ({ waiting: true })),
    [taskFunctionName('cases-record-step')]: recorder(calls.step, () => ({ recorded: true })),
    [taskFunctionName('cases-record-acceptance')]: recorder(calls.acceptance, () => ({ status: 'accepted' })),
    [taskFunctionName('cases-record-outcome')]: recorder(calls.record, (e) => ({ status: e.outcome })),
    [taskFunctionName('cases-complete')]: recorder(calls.complete, () => ({ status: 'completed' })),
    [taskFunctionName('cases-flag-attention')]: recorder(calls.flag, () => ({ flagged: true })),
    // 联合审批: the branches that asked for a correction in this round (what cases/joint-review.ts answers).
    [taskFunctionName('cases-weigh-opinions')]: recorder(calls.weigh, (e) => {
      const asking = (e.opinions as { department: string; program: string; outcome: string }[])
        .filter((o) => o.outcome === 'request_correction')
        .map(({ department, program }) => ({ department, program }));
      const reason = asking.map((b) => b.program || b.department).join(', ');
      return { correction: asking.length > 0, branches: asking, reason };
    }),
  };
  // The engine serves every machine of the app: the grid-event workflow's step waits here (tests/workflows/grid-event.test.ts).
  handlers[taskFunctionName('grid-await-step')] = () => ({ waiting: true });
  // …and the data-request workflow's (tests/workflows/data-request.test.ts).
  handlers[taskFunctionName('data-sharing-await-decision')] = () => ({ waiting: true });
  handlers[taskFunctionName('data-sharing-expire-request')] = () => ({ status: 'expired' });
  for (const [id, handler] of Object.entries(overrides)) if (handler) handlers[taskFunctionName(id)] = handler;
  /** The task token of the nth opinion work item opened for `department` (联合审批), on `program` if given. */
  const opinionToken = (department: string, nth = 1, program = '') =>
    eventually(
      () =>
        calls.open.filter((c) => c.step === 'opinion' && c.unit === department && c.program === program)[nth - 1]
          ?.taskToken as string | undefined,
    );
  /** The task token of the nth work item opened for `step` (escalated or not). */
  const tokenOf = (step: string, options: { escalated?: boolean; nth?: number } = {}) =>
    eventually(
      () =>
        calls.open.filter((c) => c.step === step && c.escalated === (options.escalated ?? false))[
          (options.nth ?? 1) - 1
        ]?.taskToken as string | undefined,
    );
  /** The task token of the nth correction wait. */
  const correctionToken = (nth = 1) => eventually(() => calls.correction[nth - 1]?.taskToken as string | undefined);
  return { calls, handlers, tokenOf, opinionToken, correctionToken };
}
