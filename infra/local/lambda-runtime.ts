/**
 * In-process Lambda runtime of the local cloud: runs the real handler modules the CDK app deploys,
 * invoked the way Lambda invokes them (event = payload, a Lambda-like context, the result copied
 * through JSON, a thrown error reported as a function error whose errorType is the error's name).
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Context } from 'aws-lambda';
import { workflowTasks, type WorkflowTaskDefinition } from '../../functions/src/workflow-tasks.js';
import { physicalName } from '../../functions/src/platform/resources.js';

/** A Lambda handler as the module exports it. */
export type LambdaHandler = (event: unknown, context: Context) => unknown;

/** What an invocation returned, shaped like the Lambda Invoke API's answer. */
export type LocalInvokeResult =
  | { readonly functionError?: undefined; readonly payload: unknown }
  | { readonly functionError: 'Unhandled'; readonly payload: LambdaErrorPayload };

export interface LambdaErrorPayload {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly trace: readonly string[];
}

export interface LocalFunctionsOptions {
  /** Time a handler may run before it is reported as `Sandbox.Timedout` (Lambda's own error). */
  readonly timeoutMs?: number;
  readonly region?: string;
  readonly accountId?: string;
}

type HandlerLoader = () => Promise<LambdaHandler>;

const defaults = { timeoutMs: 60_000, region: 'us-east-1', accountId: '000000000000' } as const;

/** Function name → loader of its handler; the local stand-in for the Lambda service. */
export class LocalFunctions {
  readonly #loaders: ReadonlyMap<string, HandlerLoader>;
  readonly #loaded = new Map<string, Promise<LambdaHandler>>();
  readonly #options: Required<LocalFunctionsOptions>;

  constructor(loaders: Readonly<Record<string, HandlerLoader>>, options: LocalFunctionsOptions = {}) {
    this.#loaders = new Map(Object.entries(loaders));
    this.#options = { ...defaults, ...options };
  }

  /** The workflow task functions of `stage`, named as the CDK app names them (`yuexiu-<stage>-task-<id>`). */
  static fromWorkflowTasks(
    stage: string,
    options: LocalFunctionsOptions = {},
    tasks: readonly WorkflowTaskDefinition[] = workflowTasks,
  ): LocalFunctions {
    const loaders: Record<string, HandlerLoader> = {};
    for (const task of tasks) {
      loaders[physicalName(stage, `task-${task.id}`)] = () => loadExport(task.module, task.export);
    }
    return new LocalFunctions(loaders, options);
  }

  /** Functions backed by handlers given directly (tests, fakes). */
  static fromHandlers(handlers: Readonly<Record<string, LambdaHandler>>, options: LocalFunctionsOptions = {}) {
    const loaders: Record<string, HandlerLoader> = {};
    for (const [name, handler] of Object.entries(handlers)) loaders[name] = () => Promise.resolve(handler);
    return new LocalFunctions(loaders, options);
  }

  has(name: string): boolean {
    return this.#loaders.has(name);
  }

  names(): string[] {
    return [...this.#loaders.keys()];
  }

  /** Invokes `name` synchronously (RequestResponse) with `payload`. Unknown names throw. */
  async invoke(name: string, payload: unknown): Promise<LocalInvokeResult> {
    const handler = await this.#handler(name);
    const started = Date.now();
    const { timeoutMs, region, accountId } = this.#options;
    const awsRequestId = randomUUID();
    const context: Context = {
      awsRequestId,
      functionName: name,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${name}`,
      memoryLimitInMB: '1024',
      logGroupName: `/aws/lambda/${name}`,
      logStreamName: `local/${awsRequestId}`,
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
      done: unsupportedCallback,
      fail: unsupportedCallback,
      succeed: unsupportedCallback,
    };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(namedError('Sandbox.Timedout', `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`)),
        timeoutMs,
      );
    });
    try {
      // The event is a copy, as Lambda deserializes its own: a handler cannot mutate the caller's state.
      const event: unknown = payload === undefined ? null : JSON.parse(JSON.stringify(payload));
      const result = await Promise.race([Promise.resolve().then(() => handler(event, context)), timedOut]);
      return { payload: result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown) };
    } catch (error) {
      return { functionError: 'Unhandled', payload: toErrorPayload(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  #handler(name: string): Promise<LambdaHandler> {
    const load = this.#loaders.get(name);
    if (!load) return Promise.reject(new Error(`Function not found locally: ${name}`));
    let handler = this.#loaded.get(name);
    if (!handler) {
      handler = load();
      // A failed import is retried on the next invocation instead of being cached.
      handler.catch(() => this.#loaded.delete(name));
      this.#loaded.set(name, handler);
    }
    return handler;
  }
}

async function loadExport(modulePath: string, exportName: string): Promise<LambdaHandler> {
  const file = fileURLToPath(new URL(`../../functions/src/${modulePath}.ts`, import.meta.url));
  const mod = (await import(file)) as Record<string, unknown>;
  const handler = mod[exportName];
  if (typeof handler !== 'function') {
    throw new Error(`functions/src/${modulePath}.ts has no function export "${exportName}"`);
  }
  return handler as LambdaHandler;
}

function toErrorPayload(error: unknown): LambdaErrorPayload {
  if (error instanceof Error) {
    return {
      errorType: error.name || 'Error',
      errorMessage: error.message,
      trace: (error.stack ?? '').split('\n'),
    };
  }
  return { errorType: 'Error', errorMessage: String(error), trace: [] };
}

function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function unsupportedCallback(): never {
  throw new Error('Callback-style Lambda completion is not supported: return a value or a promise');
}
