/**
 * The local Step Functions service: the state machines rendered from the CDK app, run by
 * aws-local-stepfunctions, behind the operations of the Step Functions API (see server.ts for the
 * wire protocol). Executions are journaled under `dataDir` and resumed by `start()`.
 */
import './promise-with-resolvers.js';
import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import type { LocalFunctions } from '../lambda-runtime.js';
import { SfnServiceError } from './errors.js';
import { Execution, TOKEN_PATTERN, type ExecutionSummary, type LoadedMachine, type TokenBook } from './execution.js';
import { toWire } from './history.js';
import { Journal, type ExecutionStatus, type JournalRecord } from './journal.js';
import type { LocalStateMachine } from './render.js';
import { planMachine, UnservableStateMachineError } from './task-plan.js';
import { listen, type ListeningServer } from './server.js';

export interface LocalStepFunctionsOptions {
  readonly machines: readonly LocalStateMachine[];
  readonly functions: LocalFunctions;
  /** Journal folder, e.g. `.data/stepfunctions`. */
  readonly dataDir: string;
  readonly region: string;
  readonly accountId: string;
  /**
   * Multiplies every duration of the definitions (task timeouts, heartbeats, retry intervals, Wait
   * states, execution timeouts) without changing them: `1e-6` turns five days into 432 ms in tests.
   */
  readonly timeScale?: number;
}

type Request = Record<string, unknown>;
type Wire = Record<string, unknown>;

const MAX_INPUT_BYTES = 256 * 1024;
// Control characters are exactly what AWS forbids in execution names.
// eslint-disable-next-line no-control-regex
const EXECUTION_NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]{1,80}$/;
const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

export class LocalStepFunctions {
  readonly region: string;
  readonly accountId: string;
  readonly #machines = new Map<string, LoadedMachine>();
  readonly #executions = new Map<string, Execution>();
  readonly #tokens: TokenBook = { issued: new Map(), waiting: new Map() };
  readonly #options: LocalStepFunctionsOptions;
  #journal: Journal | undefined;
  #timeoutError: (new () => Error) | undefined;

  /** Plans every machine; throws `UnservableStateMachineError` naming the machine and state it cannot serve. */
  constructor(options: LocalStepFunctionsOptions) {
    this.#options = options;
    this.region = options.region;
    this.accountId = options.accountId;
    const createdAt = Date.now();
    for (const machine of options.machines) {
      const plan = planMachine(machine.definition, {
        machineName: machine.name,
        functions: options.functions,
        region: options.region,
        accountId: options.accountId,
      });
      let runner: StateMachine;
      try {
        runner = new StateMachine(plan.executable as never, { validationOptions: { checkPaths: true } });
      } catch (error) {
        throw new UnservableStateMachineError(`State machine ${machine.name}: ${(error as Error).message}`);
      }
      this.#machines.set(machine.arn, { ...machine, plan, runner, createdAt });
    }
  }

  /** Opens the journal and resumes every execution that had not finished. */
  async start(): Promise<void> {
    if (this.#journal) return;
    this.#timeoutError = await discoverTimeoutErrorClass();
    const { journal, records } = Journal.open(this.#options.dataDir);
    this.#journal = journal;
    const byExecution = new Map<string, JournalRecord[]>();
    for (const record of records) {
      const list = byExecution.get(record.arn) ?? [];
      list.push(record);
      byExecution.set(record.arn, list);
      if (record.t === 'token') this.#tokens.issued.set(record.token, record.arn);
    }
    const resumed: Execution[] = [];
    for (const list of byExecution.values()) {
      const start = list.find((r) => r.t === 'start');
      if (start?.t !== 'start') continue;
      const end = list.find((r) => r.t === 'end');
      const summary: ExecutionSummary = {
        arn: start.arn,
        machineArn: start.machineArn,
        name: start.name,
        input: start.input,
        startDate: start.at,
        status: 'RUNNING',
      };
      const machine = this.#machines.get(start.machineArn);
      if (end?.t === 'end') {
        const { status, output, error, cause, at } = end;
        Object.assign(summary, { status, stopDate: at, output, error, cause });
      }
      const execution = new Execution(this.#deps(machine ?? orphanMachine(start.machineArn)), summary, list);
      this.#executions.set(summary.arn, execution);
      if (execution.running) {
        if (machine) resumed.push(execution);
        else execution.stop('States.Runtime', 'The state machine is no longer defined locally');
      }
    }
    for (const execution of resumed) execution.run();
    await Promise.all(resumed.map((execution) => execution.caughtUp));
  }

  /** Stops timers and running work; the journal keeps every unfinished execution for the next start. */
  async stop(): Promise<void> {
    for (const execution of this.#executions.values()) if (execution.running) execution.suspend();
    this.#executions.clear();
    this.#tokens.issued.clear();
    this.#tokens.waiting.clear();
    this.#journal?.close();
    this.#journal = undefined;
  }

  /** Serves the JSON 1.0 API on `host:port` (port 0: a free port). */
  listen(port: number, host = '127.0.0.1'): Promise<ListeningServer> {
    return listen(this, port, host);
  }

  /** Runs one API operation (`StartExecution`, …) on a parsed request; throws `SfnServiceError`. */
  async dispatch(operation: string, request: Request): Promise<Wire> {
    if (!this.#journal) throw new Error('LocalStepFunctions.start() has not been called');
    switch (operation) {
      case 'StartExecution':
        return this.#startExecution(request);
      case 'DescribeExecution':
        return describe(this.#execution(request.executionArn).summary);
      case 'ListExecutions':
        return this.#listExecutions(request);
      case 'StopExecution':
        return this.#stopExecution(request);
      case 'GetExecutionHistory':
        return this.#history(request);
      case 'SendTaskSuccess':
        return this.#sendTaskSuccess(request);
      case 'SendTaskFailure': {
        const error = optionalString(request, 'error', 256);
        const cause = optionalString(request, 'cause', 32768);
        this.#waiter(request).fail(error, cause);
        return {};
      }
      case 'SendTaskHeartbeat':
        this.#waiter(request).heartbeat();
        return {};
      case 'ListStateMachines':
        return this.#listStateMachines(request);
      case 'DescribeStateMachine':
        return this.#describeStateMachine(request);
      default:
        throw new SfnServiceError('UnknownOperationException', `Operation ${operation} is not supported locally`);
    }
  }

  #deps(machine: LoadedMachine) {
    if (!this.#journal || !this.#timeoutError) throw new Error('LocalStepFunctions.start() has not been called');
    return {
      machine,
      functions: this.#options.functions,
      journal: this.#journal,
      tokens: this.#tokens,
      timeScale: this.#options.timeScale ?? 1,
      region: this.region,
      timeoutError: this.#timeoutError,
    };
  }

  #startExecution(request: Request): Wire {
    const machine = this.#machine(request.stateMachineArn);
    const name = optionalString(request, 'name', 80) ?? randomUUID();
    if (!EXECUTION_NAME.test(name)) throw new SfnServiceError('InvalidName', `Invalid Name: '${name}'`);
    const input = optionalString(request, 'input', Number.MAX_SAFE_INTEGER) ?? '{}';
    if (Buffer.byteLength(input) > MAX_INPUT_BYTES) {
      throw new SfnServiceError('InvalidExecutionInput', 'The input exceeds the 256 KiB limit');
    }
    try {
      JSON.parse(input);
    } catch {
      throw new SfnServiceError('InvalidExecutionInput', 'Invalid State Machine Execution Input: not valid JSON');
    }
    const arn = `arn:aws:states:${this.region}:${this.accountId}:execution:${machine.name}:${name}`;
    const existing = this.#executions.get(arn);
    if (existing) {
      // As on AWS: a repeat of a running execution's start is answered as the first one was.
      if (existing.running && existing.summary.input === input) {
        return { executionArn: arn, startDate: seconds(existing.summary.startDate) };
      }
      throw new SfnServiceError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
    }
    const summary: ExecutionSummary = {
      arn,
      machineArn: machine.arn,
      name,
      input,
      startDate: Date.now(),
      status: 'RUNNING',
    };
    this.#journal?.append({ t: 'start', arn, machineArn: machine.arn, name, input, at: summary.startDate });
    const execution = new Execution(this.#deps(machine), summary);
    this.#executions.set(arn, execution);
    execution.run();
    return { executionArn: arn, startDate: seconds(summary.startDate) };
  }

  #listExecutions(request: Request): Wire {
    const machine = this.#machine(request.stateMachineArn);
    const status = optionalString(request, 'statusFilter', 20) as ExecutionStatus | undefined;
    const statuses = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];
    if (status !== undefined && !statuses.includes(status)) {
      throw new SfnServiceError('ValidationException', `statusFilter must be one of ${statuses.join(', ')}`);
    }
    const matching = [...this.#executions.values()]
      .map((e) => e.summary)
      .filter((s) => s.machineArn === machine.arn && (status === undefined || s.status === status))
      .sort((a, b) => b.startDate - a.startDate || b.name.localeCompare(a.name));
    const { page, nextToken } = paginate(matching, request);
    return {
      executions: page.map((s) => ({
        executionArn: s.arn,
        stateMachineArn: s.machineArn,
        name: s.name,
        status: s.status,
        startDate: seconds(s.startDate),
        ...(s.stopDate !== undefined ? { stopDate: seconds(s.stopDate) } : {}),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  #stopExecution(request: Request): Wire {
    const execution = this.#execution(request.executionArn);
    const error = optionalString(request, 'error', 256);
    const cause = optionalString(request, 'cause', 32768);
    if (execution.running) execution.stop(error, cause);
    return { stopDate: seconds(execution.summary.stopDate ?? Date.now()) };
  }

  #history(request: Request): Wire {
    const execution = this.#execution(request.executionArn);
    const reverse = optionalBoolean(request, 'reverseOrder') ?? false;
    const includeData = optionalBoolean(request, 'includeExecutionData') ?? true;
    const events = reverse ? [...execution.history].reverse() : execution.history;
    const { page, nextToken } = paginate(events, request);
    return { events: page.map((event) => toWire(event, includeData)), ...(nextToken ? { nextToken } : {}) };
  }

  #sendTaskSuccess(request: Request): Wire {
    const output = requiredString(request, 'output', Number.MAX_SAFE_INTEGER);
    let value: unknown;
    try {
      value = JSON.parse(output);
    } catch {
      throw new SfnServiceError('InvalidOutput', 'Invalid Output: not valid JSON');
    }
    if (Buffer.byteLength(output) > MAX_INPUT_BYTES) {
      throw new SfnServiceError('InvalidOutput', 'The output exceeds the 256 KiB limit');
    }
    this.#waiter(request).succeed(value);
    return {};
  }

  #waiter(request: Request) {
    const token = requiredString(request, 'taskToken', 2048);
    if (!TOKEN_PATTERN.test(token)) throw new SfnServiceError('InvalidToken', 'Invalid Token: malformed task token');
    const waiter = this.#tokens.waiting.get(token);
    if (waiter) return waiter;
    if (this.#tokens.issued.has(token)) {
      throw new SfnServiceError('TaskTimedOut', "Task Timed Out: 'Provided task does not exist anymore'");
    }
    throw new SfnServiceError('TaskDoesNotExist', 'Task does not exist: unknown task token');
  }

  #listStateMachines(request: Request): Wire {
    const machines = [...this.#machines.values()].sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = paginate(machines, request);
    return {
      stateMachines: page.map((m) => ({
        stateMachineArn: m.arn,
        name: m.name,
        type: 'STANDARD',
        creationDate: seconds(m.createdAt),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  #describeStateMachine(request: Request): Wire {
    const machine = this.#machine(request.stateMachineArn);
    return {
      stateMachineArn: machine.arn,
      name: machine.name,
      status: 'ACTIVE',
      definition: JSON.stringify(machine.definition),
      roleArn: `arn:aws:iam::${this.accountId}:role/${machine.name}-local`,
      type: 'STANDARD',
      creationDate: seconds(machine.createdAt),
    };
  }

  #machine(arn: unknown): LoadedMachine {
    const value = arnOf(arn, 'stateMachineArn', ':stateMachine:');
    const machine = this.#machines.get(value);
    if (!machine) throw new SfnServiceError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${value}'`);
    return machine;
  }

  #execution(arn: unknown): Execution {
    const value = arnOf(arn, 'executionArn', ':execution:');
    const execution = this.#executions.get(value);
    if (!execution) throw new SfnServiceError('ExecutionDoesNotExist', `Execution Does Not Exist: '${value}'`);
    return execution;
  }
}

function describe(s: ExecutionSummary): Wire {
  return {
    executionArn: s.arn,
    stateMachineArn: s.machineArn,
    name: s.name,
    status: s.status,
    startDate: seconds(s.startDate),
    ...(s.stopDate !== undefined ? { stopDate: seconds(s.stopDate) } : {}),
    input: s.input,
    inputDetails: { included: true },
    ...(s.output !== undefined ? { output: s.output, outputDetails: { included: true } } : {}),
    ...(s.error ? { error: s.error } : {}),
    ...(s.cause ? { cause: s.cause } : {}),
    redriveCount: 0,
    redriveStatus: 'NOT_REDRIVABLE',
  };
}

function arnOf(value: unknown, field: string, kind: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new SfnServiceError('ValidationException', `${field} is required and must be a string`);
  }
  if (value.length > 2048 || !value.startsWith('arn:') || !value.includes(kind)) {
    throw new SfnServiceError('InvalidArn', `Invalid Arn: '${value.slice(0, 2048)}'`);
  }
  return value;
}

function optionalString(request: Request, field: string, max: number): string | undefined {
  const value = request[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > max) {
    throw new SfnServiceError('ValidationException', `${field} must be a string of at most ${max} characters`);
  }
  return value;
}

function requiredString(request: Request, field: string, max: number): string {
  const value = optionalString(request, field, max);
  if (value === undefined || value.length === 0) {
    throw new SfnServiceError('ValidationException', `${field} is required`);
  }
  return value;
}

function optionalBoolean(request: Request, field: string): boolean | undefined {
  const value = request[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new SfnServiceError('ValidationException', `${field} must be a boolean`);
  return value;
}

/** `maxResults` / `nextToken` paging; the token is the offset, opaque to clients. */
function paginate<T>(items: readonly T[], request: Request): { page: T[]; nextToken?: string } {
  const max = request.maxResults ?? 0;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0 || max > 1000) {
    throw new SfnServiceError('ValidationException', 'maxResults must be an integer from 0 to 1000');
  }
  const size = max === 0 ? 100 : max;
  let offset = 0;
  const token = optionalString(request, 'nextToken', 1024);
  if (token !== undefined) {
    const decoded = /^o(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString());
    if (!decoded?.[1]) throw new SfnServiceError('InvalidToken', 'Invalid Token: nextToken is not valid');
    offset = Number(decoded[1]);
  }
  const page = items.slice(offset, offset + size);
  const next = offset + size;
  return next < items.length ? { page, nextToken: Buffer.from(`o${next}`).toString('base64url') } : { page };
}

/** A finished execution whose machine was removed from the app stays describable. */
function orphanMachine(arn: string): LoadedMachine {
  const plan = { tasks: new Map(), waits: new Map(), retryIntervals: new Map(), executable: {} };
  return { name: arn.split(':').pop() ?? arn, arn, definition: {}, plan, runner: undefined as never, createdAt: 0 };
}

let timeoutErrorClass: Promise<new () => Error> | undefined;

/**
 * aws-local-stepfunctions does not export its States.Timeout error class, yet its `States.TaskFailed`
 * matching excludes exactly that class. One 1 ms probe execution hands it over.
 */
function discoverTimeoutErrorClass(): Promise<new () => Error> {
  timeoutErrorClass ??= (async () => {
    const probe = new StateMachine(
      {
        StartAt: 'Probe',
        States: {
          Probe: {
            Type: 'Task',
            Resource: 'arn:aws:lambda:us-east-1:000000000000:function:probe',
            TimeoutSeconds: 0.001,
            End: true,
          },
        },
      } as never,
      { validationOptions: { noValidate: true } },
    );
    const run = probe.run(
      {},
      { overrides: { taskResourceLocalHandlers: { Probe: () => new Promise<never>(() => undefined) } } },
    );
    try {
      await run.result;
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      if (cause instanceof Error && cause.name === 'States.Timeout') return cause.constructor as new () => Error;
    }
    return class StatesTimeout extends Error {
      override name = 'States.Timeout';
    };
  })();
  return timeoutErrorClass;
}
