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

/** Fake case-approval task functions that record every call. */
export function fakeCaseTasks(recordOutcome?: LambdaHandler) {
  const calls = { open: [] as Array<Record<string, string>>, record: [] as unknown[], flag: [] as unknown[] };
  const handlers: Record<string, LambdaHandler> = {
    [taskFunctionName('cases-open-work-item')]: (event) => {
      calls.open.push(event as Record<string, string>);
      return { workItemId: `item-${calls.open.length}` };
    },
    [taskFunctionName('cases-record-outcome')]:
      recordOutcome ??
      ((event) => {
        calls.record.push(event);
        return { status: (event as { outcome: string }).outcome };
      }),
    [taskFunctionName('cases-flag-attention')]: (event) => {
      calls.flag.push(event);
      return { flagged: true };
    },
  };
  /** The task token of the `step` work item, once it was opened. */
  const tokenOf = (step: string, nth = 1) =>
    eventually(() => calls.open.filter((c) => c.step === step)[nth - 1]?.taskToken);
  return { calls, handlers, tokenOf };
}
