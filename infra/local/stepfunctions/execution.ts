/**
 * One execution of a state machine on aws-local-stepfunctions, with what the library lacks:
 * Lambda tasks served by local functions, task tokens for `.waitForTaskToken`, task timeouts and
 * heartbeats enforced by the engine (scaled for tests, clamped for Node), an AWS-shaped history,
 * and a journal from which an unfinished execution is replayed after a restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { StateMachine } from 'aws-local-stepfunctions';
import type { LocalFunctions } from '../lambda-runtime.js';
import { withResolvers } from './promise-with-resolvers.js';
import { fromLibraryEvent, type EventDetails } from './history.js';
import type { ExecutionStatus, HistoryEvent, Journal, JournalRecord } from './journal.js';
import type { MachinePlan, TaskPlan } from './task-plan.js';
import { DeadlineTimer, clampedMs, scaledMs } from './timers.js';

/**
 * What a task answers once its execution was stopped or the engine shut down. The library has been
 * aborted by then and ignores it; settling (rather than leaving the task pending for ever) lets the
 * library clear the timer it started for the task's TimeoutSeconds, which would otherwise keep the
 * process alive after the engine stopped.
 */
class ExecutionReleased extends Error {
  override readonly name = 'ExecutionReleased';
  constructor() {
    super('the execution was stopped or the engine shut down');
  }
}

export interface LoadedMachine {
  readonly name: string;
  readonly arn: string;
  readonly definition: Record<string, unknown>;
  readonly plan: MachinePlan;
  readonly runner: StateMachine;
  readonly createdAt: number;
}

/** A task waiting for SendTaskSuccess / SendTaskFailure. */
export interface Waiter {
  succeed(output: unknown): void;
  fail(error: string | undefined, cause: string | undefined): void;
  heartbeat(): void;
}

/** Every token the engine has issued (journal included) and the tasks waiting on them now. */
export interface TokenBook {
  readonly issued: Map<string, string>;
  readonly waiting: Map<string, Waiter>;
}

export interface ExecutionDeps {
  readonly machine: LoadedMachine;
  readonly functions: LocalFunctions;
  readonly journal: Journal;
  readonly tokens: TokenBook;
  readonly timeScale: number;
  readonly region: string;
  /** aws-local-stepfunctions' internal States.Timeout class, so `States.TaskFailed` does not match timeouts. */
  readonly timeoutError: new () => Error;
}

export interface ExecutionSummary {
  readonly arn: string;
  readonly machineArn: string;
  readonly name: string;
  readonly input: string;
  readonly startDate: number;
  status: ExecutionStatus;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
}

type Outcome = { ok: true; output: unknown } | { ok: false; error: string; cause: string };

const TOKEN_PREFIX = 'YXT1';
/** Task tokens are 64 random bytes, base64url: unguessable, and recognisable as ours. */
export const TOKEN_PATTERN = /^YXT1[A-Za-z0-9_-]{86}$/;
const TOKEN_PLACEHOLDER = '<task-token>';
const FAIL_STATE_DEFAULT_CAUSE = 'Execution failed because of a Fail state';

export class Execution {
  readonly summary: ExecutionSummary;
  readonly history: HistoryEvent[];
  /** Resolves once replay has caught up with the journal (or immediately for a new execution). */
  readonly caughtUp: Promise<void>;
  #markCaughtUp!: () => void;
  readonly #deps: ExecutionDeps;
  readonly #outcomes = new Map<string, Outcome>();
  readonly #tokensByKey = new Map<string, { token: string; at: number }>();
  readonly #invoked = new Set<string>();
  readonly #heartbeats = new Map<string, number>();
  readonly #occurrences = new Map<string, number>();
  readonly #minted = new Set<string>();
  readonly #timers = new Set<DeadlineTimer>();
  readonly #myTokens = new Set<string>();
  readonly #cancels = new Set<() => void>();
  #pendingOutcomes = 0;
  #libraryEventsToSkip = 0;
  #abort: (() => void) | undefined;
  /** Set when the engine stops: nothing more is journaled, the journal stays as it is. */
  #suspended = false;

  constructor(deps: ExecutionDeps, summary: ExecutionSummary, journaled: readonly JournalRecord[] = []) {
    this.#deps = deps;
    this.summary = summary;
    this.history = [];
    this.caughtUp = new Promise((resolve) => (this.#markCaughtUp = resolve));
    for (const record of journaled) this.#load(record);
  }

  get running(): boolean {
    return this.summary.status === 'RUNNING';
  }

  /** Starts (or, with a journal, resumes) the execution. */
  run(): void {
    const { machine, timeScale } = this.#deps;
    if (this.history.length === 0) {
      this.#record('ExecutionStarted', {
        executionStartedEventDetails: { input: this.summary.input, inputDetails: { truncated: false } },
      });
    }
    if (this.#pendingOutcomes === 0) this.#markCaughtUp();
    if (machine.plan.timeoutSeconds !== undefined) {
      const deadline = this.summary.startDate + scaledMs(machine.plan.timeoutSeconds, timeScale);
      this.#timer(deadline, () =>
        this.#finish('TIMED_OUT', { error: 'States.Timeout', cause: 'The execution ran longer than TimeoutSeconds' }),
      );
    }
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const plan of machine.plan.tasks.values()) handlers[plan.stateName] = (input) => this.#runTask(plan, input);
    const mint = () => this.#mintToken();
    const { result, abort, eventLogs } = machine.runner.run(JSON.parse(this.summary.input) as never, {
      noThrowOnAbort: true,
      overrides: {
        taskResourceLocalHandlers: handlers as never,
        retryIntervalOverrides: this.#retryIntervals(),
        waitTimeOverrides: this.#waitTimes(),
      },
      context: {
        Execution: { Id: this.summary.arn, Name: this.summary.name },
        StateMachine: { Id: machine.arn, Name: machine.name },
        // Read by `$$.Task.Token` each time a payload is built: a fresh token per callback task.
        Task: {
          get Token() {
            return mint();
          },
        },
      },
    });
    this.#abort = abort;
    const drained = this.#consume(eventLogs);
    result.then(
      async (output) => {
        await drained;
        this.#finish('SUCCEEDED', { output: JSON.stringify(output ?? null) });
      },
      async (error: unknown) => {
        await drained;
        const { name, message } = rootCause(error);
        this.#finish('FAILED', { error: name, cause: message === FAIL_STATE_DEFAULT_CAUSE ? '' : message });
      },
    );
  }

  /** StopExecution: the execution ends ABORTED and its waiting tasks stop waiting. */
  stop(error: string | undefined, cause: string | undefined): void {
    this.#finish('ABORTED', { error: error ?? '', cause: cause ?? '' });
  }

  /** Engine shutdown: timers stop and the run is dropped; the journal keeps it for the next start. */
  suspend(): void {
    this.#suspended = true;
    this.#release();
  }

  #load(record: JournalRecord): void {
    switch (record.t) {
      case 'result':
        this.#outcomes.set(record.key, { ok: true, output: record.output });
        this.#pendingOutcomes++;
        break;
      case 'failure':
        this.#outcomes.set(record.key, { ok: false, error: record.error, cause: record.cause });
        this.#pendingOutcomes++;
        break;
      case 'token':
        this.#tokensByKey.set(record.key, { token: record.token, at: record.at });
        break;
      case 'invoked':
        this.#invoked.add(record.key);
        break;
      case 'heartbeat':
        this.#heartbeats.set(record.token, record.at);
        break;
      case 'event':
        this.history.push(record.event);
        if ((record as { lib?: boolean }).lib) this.#libraryEventsToSkip++;
        break;
    }
  }

  async #consume(events: AsyncGenerator<unknown>): Promise<void> {
    for await (const event of events) {
      const mapped = fromLibraryEvent(event as Parameters<typeof fromLibraryEvent>[0]);
      if (!mapped) continue;
      // Replay re-runs the states already in the journal's history: they are not recorded twice.
      if (this.#libraryEventsToSkip > 0) {
        this.#libraryEventsToSkip--;
        continue;
      }
      this.#record(mapped.type, mapped.details, true);
    }
  }

  #record(type: string, details: EventDetails, fromLibrary = false): void {
    if (this.#suspended || (!this.running && !type.startsWith('Execution'))) return;
    const id = this.history.length + 1;
    const event: HistoryEvent = { id, previousEventId: id - 1, timestamp: Date.now(), type, ...details };
    this.history.push(event);
    this.#journal({ t: 'event', arn: this.summary.arn, event, ...(fromLibrary ? { lib: true } : {}) } as JournalRecord);
  }

  #journal(record: JournalRecord): void {
    if (!this.#suspended) this.#deps.journal.append(record);
  }

  #mintToken(): string {
    const token = `${TOKEN_PREFIX}${randomBytes(64).toString('base64url')}`;
    this.#minted.add(token);
    return token;
  }

  async #runTask(plan: TaskPlan, rawInput: unknown): Promise<unknown> {
    const minted = [...this.#minted];
    this.#minted.clear();
    const key = this.#taskKey(plan, rawInput, minted);
    const recorded = this.#outcomes.get(key);
    if (recorded) {
      this.#pendingOutcomes--;
      if (this.#pendingOutcomes === 0) this.#markCaughtUp();
      if (recorded.ok) return recorded.output;
      throw this.#taskError(recorded.error, recorded.cause);
    }
    this.#markCaughtUp();
    // The library reports the state's entry asynchronously: let it reach the history first.
    await nextTurn();
    if (!this.running || this.#suspended) throw new ExecutionReleased();
    if (plan.kind === 'callback') return this.#runCallback(plan, rawInput, minted, key);
    return this.#runInvocation(plan, rawInput, key);
  }

  /** Identity of a task attempt, stable across replays: state, input (tokens blanked) and occurrence. */
  #taskKey(plan: TaskPlan, input: unknown, minted: readonly string[]): string {
    let text = JSON.stringify(input ?? null);
    for (const token of minted) text = text.replaceAll(token, TOKEN_PLACEHOLDER);
    const base = `${plan.stateName}|${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
    const n = (this.#occurrences.get(base) ?? 0) + 1;
    this.#occurrences.set(base, n);
    return `${base}|${n}`;
  }

  async #runInvocation(plan: TaskPlan, input: unknown, key: string): Promise<unknown> {
    const direct = plan.kind === 'lambda';
    const prefix = direct ? 'LambdaFunction' : 'Task';
    const resourceInfo = direct ? {} : { resourceType: 'lambda', resource: 'invoke' };
    const scheduled = direct
      ? {
          lambdaFunctionScheduledEventDetails: {
            resource: plan.resource,
            input: JSON.stringify(input ?? null),
            inputDetails: { truncated: false },
            timeoutInSeconds: plan.timeoutSeconds,
          },
        }
      : { taskScheduledEventDetails: this.#scheduledDetails(plan, input) };
    this.#record(`${prefix}Scheduled`, scheduled);
    this.#record(`${prefix}Started`, direct ? {} : { taskStartedEventDetails: resourceInfo });
    const details = (name: string, body: object) => ({
      [`${direct ? 'lambdaFunction' : 'task'}${name}EventDetails`]: { ...resourceInfo, ...body },
    });
    const payload = direct ? input : (input as { Payload?: unknown } | null)?.Payload;
    const started = Date.now();
    const outcome = await this.#withDeadline(plan, started, this.#invoke(plan.functionName, payload));
    if (outcome.ok) {
      const output = direct ? outcome.output : lambdaInvokeOutput(outcome.output);
      this.#settle(
        key,
        { ok: true, output },
        `${prefix}Succeeded`,
        details('Succeeded', {
          output: JSON.stringify(output),
          outputDetails: { truncated: false },
        }),
      );
      return output;
    }
    const type = outcome.timedOut ? `${prefix}TimedOut` : `${prefix}Failed`;
    const failure: Outcome = { ok: false, error: outcome.error, cause: outcome.cause };
    this.#settle(
      key,
      failure,
      type,
      details(outcome.timedOut ? 'TimedOut' : 'Failed', {
        error: outcome.error,
        cause: outcome.cause,
      }),
    );
    throw this.#taskError(outcome.error, outcome.cause);
  }

  async #runCallback(plan: TaskPlan, input: unknown, minted: readonly string[], key: string): Promise<unknown> {
    const resourceInfo = { resourceType: 'lambda', resource: 'invoke.waitForTaskToken' };
    const known = this.#tokensByKey.get(key);
    const token = known?.token ?? minted[0] ?? this.#mintToken();
    const issuedAt = known?.at ?? Date.now();
    let text = JSON.stringify(input ?? null);
    for (const m of minted) text = text.replaceAll(m, token);
    const parameters = JSON.parse(text) as { Payload?: unknown } | null;
    if (!known) {
      this.#tokensByKey.set(key, { token, at: issuedAt });
      this.#journal({ t: 'token', arn: this.summary.arn, key, token, at: issuedAt });
      this.#record('TaskScheduled', { taskScheduledEventDetails: this.#scheduledDetails(plan, parameters) });
      this.#record('TaskStarted', { taskStartedEventDetails: resourceInfo });
    }
    this.#deps.tokens.issued.set(token, this.summary.arn);
    this.#myTokens.add(token);

    const waiting = withResolvers<Outcome & { timedOut?: boolean }>();
    // Once settled the token no longer answers: a second SendTaskSuccess gets TaskTimedOut, as on AWS.
    const settleWait = (outcome: Outcome & { timedOut?: boolean }) => {
      this.#deps.tokens.waiting.delete(token);
      waiting.resolve(outcome);
    };
    const cancel = () => settleWait({ ok: false, error: '', cause: '' });
    this.#cancels.add(cancel);
    let lastBeat = Math.max(issuedAt, this.#heartbeats.get(token) ?? 0);
    let heartbeatTimer: DeadlineTimer | undefined;
    const armHeartbeat = () => {
      if (plan.heartbeatSeconds === undefined) return;
      if (heartbeatTimer) this.#clearTimer(heartbeatTimer);
      const deadline = lastBeat + scaledMs(plan.heartbeatSeconds, this.#deps.timeScale);
      heartbeatTimer = this.#timer(deadline, () =>
        settleWait({ ok: false, timedOut: true, error: 'States.HeartbeatTimeout', cause: 'No heartbeat in time' }),
      );
    };
    const timeoutTimer = this.#timer(issuedAt + scaledMs(plan.timeoutSeconds, this.#deps.timeScale), () =>
      settleWait({
        ok: false,
        timedOut: true,
        error: 'States.Timeout',
        cause: 'The task ran longer than TimeoutSeconds',
      }),
    );
    armHeartbeat();

    this.#deps.tokens.waiting.set(token, {
      succeed: (output) => settleWait({ ok: true, output }),
      fail: (error, cause) => settleWait({ ok: false, error: error ?? '', cause: cause ?? '' }),
      heartbeat: () => {
        lastBeat = Date.now();
        this.#journal({ t: 'heartbeat', arn: this.summary.arn, token, at: lastBeat });
        armHeartbeat();
      },
    });
    if (!this.#invoked.has(key)) {
      const invoked = await this.#invoke(plan.functionName, parameters?.Payload);
      if (!invoked.ok) settleWait(invoked);
      else if (this.running && !this.#suspended) {
        this.#invoked.add(key);
        this.#journal({ t: 'invoked', arn: this.summary.arn, key, at: Date.now() });
        this.#record('TaskSubmitted', {
          taskSubmittedEventDetails: { ...resourceInfo, output: JSON.stringify(lambdaInvokeOutput(invoked.output)) },
        });
      }
    }
    this.#markCaughtUp();

    const outcome = await waiting.promise;
    this.#cancels.delete(cancel);
    this.#deps.tokens.waiting.delete(token);
    this.#clearTimer(timeoutTimer);
    if (heartbeatTimer) this.#clearTimer(heartbeatTimer);
    if (!this.running || this.#suspended) throw new ExecutionReleased();
    if (outcome.ok) {
      this.#settle(key, outcome, 'TaskSucceeded', {
        taskSucceededEventDetails: {
          ...resourceInfo,
          output: JSON.stringify(outcome.output),
          outputDetails: { truncated: false },
        },
      });
      return outcome.output;
    }
    const type = outcome.timedOut ? 'TaskTimedOut' : 'TaskFailed';
    const detailsKey = outcome.timedOut ? 'taskTimedOutEventDetails' : 'taskFailedEventDetails';
    this.#settle(key, outcome, type, { [detailsKey]: { ...resourceInfo, error: outcome.error, cause: outcome.cause } });
    throw this.#taskError(outcome.error, outcome.cause);
  }

  #scheduledDetails(plan: TaskPlan, parameters: unknown) {
    return {
      resourceType: 'lambda',
      resource: plan.kind === 'callback' ? 'invoke.waitForTaskToken' : 'invoke',
      region: this.#deps.region,
      parameters: JSON.stringify(parameters ?? null),
      timeoutInSeconds: plan.timeoutSeconds,
      ...(plan.heartbeatSeconds !== undefined ? { heartbeatInSeconds: plan.heartbeatSeconds } : {}),
    };
  }

  async #invoke(functionName: string, payload: unknown): Promise<Outcome> {
    try {
      const result = await this.#deps.functions.invoke(functionName, payload);
      if (!result.functionError) return { ok: true, output: result.payload };
      return { ok: false, error: result.payload.errorType, cause: JSON.stringify(result.payload) };
    } catch (error) {
      return { ok: false, error: 'Lambda.ServiceException', cause: String((error as Error).message ?? error) };
    }
  }

  async #withDeadline(
    plan: TaskPlan,
    started: number,
    work: Promise<Outcome>,
  ): Promise<Outcome & { timedOut?: boolean }> {
    const timedOut = withResolvers<Outcome & { timedOut: true }>();
    const timer = this.#timer(started + scaledMs(plan.timeoutSeconds, this.#deps.timeScale), () =>
      timedOut.resolve({
        ok: false,
        timedOut: true,
        error: 'States.Timeout',
        cause: 'The task ran longer than TimeoutSeconds',
      }),
    );
    try {
      return await Promise.race([work, timedOut.promise]);
    } finally {
      this.#clearTimer(timer);
    }
  }

  #settle(key: string, outcome: Outcome, eventType: string, details: EventDetails): void {
    if (!this.running || this.#suspended) return;
    const at = Date.now();
    this.#journal(
      outcome.ok
        ? { t: 'result', arn: this.summary.arn, key, output: outcome.output, at }
        : { t: 'failure', arn: this.summary.arn, key, error: outcome.error, cause: outcome.cause, at },
    );
    this.#record(eventType, details);
  }

  #taskError(name: string, cause: string): Error {
    const timeout = name === 'States.Timeout' || name === 'States.HeartbeatTimeout';
    const error = timeout ? new this.#deps.timeoutError() : new Error(cause);
    error.name = name;
    error.message = cause;
    return error;
  }

  /** Retry pauses: none while replaying journaled failures; scaled for tests. */
  #retryIntervals(): Record<string, number | number[]> {
    const { plan } = this.#deps.machine;
    return new Proxy({} as Record<string, number | number[]>, {
      get: (_, stateName) => {
        if (typeof stateName !== 'string') return undefined;
        if (this.#pendingOutcomes > 0) return 0;
        const intervals = plan.retryIntervals.get(stateName);
        if (!intervals || this.#deps.timeScale === 1) return undefined;
        return intervals.map((seconds) => clampedMs(seconds, this.#deps.timeScale));
      },
    });
  }

  /** Wait states: skipped while replaying, scaled for tests, clamped to Node's timer limit. */
  #waitTimes(): Record<string, number> {
    const { plan } = this.#deps.machine;
    return new Proxy({} as Record<string, number>, {
      get: (_, stateName) => {
        if (typeof stateName !== 'string') return undefined;
        const seconds = plan.waits.get(stateName);
        if (seconds === undefined) return undefined;
        return this.#pendingOutcomes > 0 ? 0 : clampedMs(seconds, this.#deps.timeScale);
      },
    });
  }

  #timer(deadline: number, fire: () => void): DeadlineTimer {
    const timer = new DeadlineTimer(deadline, () => {
      this.#timers.delete(timer);
      fire();
    });
    this.#timers.add(timer);
    return timer;
  }

  #clearTimer(timer: DeadlineTimer): void {
    timer.clear();
    this.#timers.delete(timer);
  }

  #finish(status: Exclude<ExecutionStatus, 'RUNNING'>, end: { output?: string; error?: string; cause?: string }) {
    if (!this.running || this.#suspended) return;
    const stopDate = Date.now();
    Object.assign(this.summary, { status, stopDate }, end);
    const eventType = {
      SUCCEEDED: 'ExecutionSucceeded',
      FAILED: 'ExecutionFailed',
      TIMED_OUT: 'ExecutionTimedOut',
      ABORTED: 'ExecutionAborted',
    }[status];
    const detailsKey = `${eventType.charAt(0).toLowerCase()}${eventType.slice(1)}EventDetails`;
    const details =
      status === 'SUCCEEDED'
        ? { output: end.output, outputDetails: { truncated: false } }
        : { error: end.error, cause: end.cause };
    this.#record(eventType, { [detailsKey]: details });
    this.#journal({ t: 'end', arn: this.summary.arn, status, ...end, at: stopDate });
    this.#release();
    this.#markCaughtUp();
  }

  #release(): void {
    for (const timer of this.#timers) timer.clear();
    this.#timers.clear();
    for (const token of this.#myTokens) this.#deps.tokens.waiting.delete(token);
    for (const cancel of this.#cancels) cancel();
    this.#cancels.clear();
    this.#abort?.();
  }
}

/** The output of `arn:aws:states:::lambda:invoke`: the Invoke API's response around the payload. */
function lambdaInvokeOutput(payload: unknown) {
  return {
    ExecutedVersion: '$LATEST',
    Payload: payload,
    SdkHttpMetadata: { HttpStatusCode: 200 },
    SdkResponseMetadata: { RequestId: randomBytes(16).toString('hex') },
    StatusCode: 200,
  };
}

function rootCause(error: unknown): { name: string; message: string } {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const source = cause instanceof Error ? cause : error instanceof Error ? error : new Error(String(error));
  return { name: source.name, message: source.message };
}
