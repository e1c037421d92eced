/**
 * Reads a state machine definition and decides, before anything runs, how each Task state is
 * served locally. A Task the local cloud cannot serve refuses the whole machine: aws-local-stepfunctions
 * would otherwise send it to real AWS.
 */
import type { LocalFunctions } from '../lambda-runtime.js';
import { MAX_TIMER_MS } from './timers.js';

/** How the engine runs one Task state. */
export interface TaskPlan {
  readonly stateName: string;
  /** `lambda`: the function ARN as Resource; `invoke`: lambda:invoke; `callback`: lambda:invoke.waitForTaskToken. */
  readonly kind: 'lambda' | 'invoke' | 'callback';
  readonly functionName: string;
  readonly resource: string;
  /** AWS's default when TimeoutSeconds is absent is 99999999 s. */
  readonly timeoutSeconds: number;
  readonly heartbeatSeconds?: number;
}

export interface MachinePlan {
  readonly tasks: ReadonlyMap<string, TaskPlan>;
  /** Static `Seconds` of Wait states, by state name. */
  readonly waits: ReadonlyMap<string, number>;
  /** `IntervalSeconds` of each retrier, by state name. */
  readonly retryIntervals: ReadonlyMap<string, readonly number[]>;
  readonly timeoutSeconds?: number;
  /** The definition handed to aws-local-stepfunctions: timers owned by the engine are lifted out. */
  readonly executable: Record<string, unknown>;
}

export interface PlanContext {
  readonly machineName: string;
  readonly functions: LocalFunctions;
  readonly region: string;
  readonly accountId: string;
}

/** Thrown at construction for a machine that cannot run locally; names the machine and the state. */
export class UnservableStateMachineError extends Error {
  override readonly name = 'UnservableStateMachineError';
}

const AWS_DEFAULT_TASK_TIMEOUT_SECONDS = 99_999_999;
/** Long enough that the library's own task timer never fires before the engine's. */
const LIBRARY_TASK_TIMEOUT_SECONDS = Math.floor(MAX_TIMER_MS / 1000);
const LAMBDA_INVOKE = /^arn:aws[a-z-]*:states:::lambda:invoke(\.waitForTaskToken)?$/;
const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]{1,64})(?::[A-Za-z0-9$_-]+)?$/;

type Json = Record<string, unknown>;

/** Analyses `definition`; throws `UnservableStateMachineError` when any state cannot be served locally. */
export function planMachine(definition: Json, ctx: PlanContext): MachinePlan {
  const executable = structuredClone(definition);
  const tasks = new Map<string, TaskPlan>();
  const waits = new Map<string, number>();
  const retryIntervals = new Map<string, readonly number[]>();
  const refuse = (state: string, why: string): never => {
    throw new UnservableStateMachineError(
      `State machine ${ctx.machineName} cannot run locally: state "${state}" ${why}. Nothing is sent to AWS.`,
    );
  };
  if (definition.QueryLanguage === 'JSONata') refuse('(top level)', 'uses JSONata, which is not evaluated locally');
  const seen = new Set<string>();

  const visit = (graph: Json) => {
    const states = (graph.States ?? {}) as Record<string, Json>;
    for (const [name, state] of Object.entries(states)) {
      if (seen.has(name)) refuse(name, 'is defined twice (state names must be unique in a machine)');
      seen.add(name);
      if (state.QueryLanguage === 'JSONata') refuse(name, 'uses JSONata, which is not evaluated locally');
      if (state.Assign !== undefined) refuse(name, 'uses Assign (variables), which is not supported locally');
      const retriers = Array.isArray(state.Retry) ? (state.Retry as Json[]) : [];
      if (retriers.length > 0) {
        retryIntervals.set(
          name,
          retriers.map((r) => (typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1)),
        );
      }
      for (const handler of [...retriers, ...(Array.isArray(state.Catch) ? (state.Catch as Json[]) : [])]) {
        // On AWS a heartbeat timeout matches both States.Timeout and States.HeartbeatTimeout.
        const errors = handler.ErrorEquals;
        if (Array.isArray(errors) && errors.includes('States.Timeout') && !errors.includes('States.HeartbeatTimeout')) {
          errors.push('States.HeartbeatTimeout');
        }
      }
      switch (state.Type) {
        case 'Task':
          tasks.set(name, planTask(name, state, ctx, refuse));
          break;
        case 'Wait':
          if (typeof state.Seconds === 'number') waits.set(name, state.Seconds);
          break;
        case 'Parallel':
          for (const branch of (state.Branches ?? []) as Json[]) visit(branch);
          break;
        case 'Map':
          if (state.ItemReader !== undefined || state.ResultWriter !== undefined) {
            refuse(name, 'is a distributed Map (ItemReader/ResultWriter call S3)');
          }
          visit((state.ItemProcessor ?? state.Iterator ?? {}) as Json);
          break;
      }
    }
  };
  visit(executable);
  liftTaskTimers(executable);
  const timeoutSeconds = typeof definition.TimeoutSeconds === 'number' ? definition.TimeoutSeconds : undefined;
  delete executable.TimeoutSeconds;
  return { tasks, waits, retryIntervals, executable, ...(timeoutSeconds ? { timeoutSeconds } : {}) };
}

function planTask(name: string, state: Json, ctx: PlanContext, refuse: (s: string, why: string) => never): TaskPlan {
  const resource = state.Resource;
  if (typeof resource !== 'string') return refuse(name, 'has no Resource');
  if (state.TimeoutSecondsPath !== undefined || state.HeartbeatSecondsPath !== undefined) {
    refuse(name, 'uses TimeoutSecondsPath/HeartbeatSecondsPath, which the local engine does not enforce');
  }
  const timing = {
    timeoutSeconds: typeof state.TimeoutSeconds === 'number' ? state.TimeoutSeconds : AWS_DEFAULT_TASK_TIMEOUT_SECONDS,
    ...(typeof state.HeartbeatSeconds === 'number' ? { heartbeatSeconds: state.HeartbeatSeconds } : {}),
  };
  const invoke = LAMBDA_INVOKE.exec(resource);
  if (invoke) {
    const params = (state.Parameters ?? {}) as Json;
    if (typeof params.FunctionName !== 'string') {
      return refuse(name, 'has no literal Parameters.FunctionName (a dynamic FunctionName cannot be checked)');
    }
    const functionName = localFunctionName(params.FunctionName, ctx);
    if (!functionName) return refuse(name, `invokes ${params.FunctionName}, which is not a local function`);
    const kind = invoke[1] ? 'callback' : 'invoke';
    return { stateName: name, kind, functionName, resource, ...timing };
  }
  const functionName = localFunctionName(resource, ctx);
  if (functionName) return { stateName: name, kind: 'lambda', functionName, resource, ...timing };
  return refuse(name, `uses resource ${resource}, which the local cloud cannot serve`);
}

/** The local function an ARN or name designates, or undefined when it is not one of ours. */
function localFunctionName(nameOrArn: string, ctx: PlanContext): string | undefined {
  const arn = LAMBDA_ARN.exec(nameOrArn);
  if (arn) {
    const [, region, account, name] = arn;
    if (region !== ctx.region || account !== ctx.accountId || !name) return undefined;
    return ctx.functions.has(name) ? name : undefined;
  }
  return ctx.functions.has(nameOrArn) ? nameOrArn : undefined;
}

/** The engine enforces task timeouts and heartbeats itself (scaled, clamped, durable across restarts). */
function liftTaskTimers(graph: Json): void {
  for (const state of Object.values((graph.States ?? {}) as Record<string, Json>)) {
    if (state.Type === 'Task') {
      state.TimeoutSeconds = LIBRARY_TASK_TIMEOUT_SECONDS;
      delete state.HeartbeatSeconds;
    }
    for (const branch of (state.Branches ?? []) as Json[]) liftTaskTimers(branch);
    const processor = (state.ItemProcessor ?? state.Iterator) as Json | undefined;
    if (processor) liftTaskTimers(processor);
  }
}
