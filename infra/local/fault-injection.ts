import type { AwsClient, AwsService, ClientHook } from '../../functions/src/platform/aws-clients.js';

/**
 * Fault injection for the AWS SDK clients of the local cloud's handlers and workflow tasks: a client hook
 * (functions/src/platform/aws-clients.ts `setClientHook`) that adds two middlewares to each client.
 *
 * - `faultCounter` (initialize step, outside the SDK's retries) counts calls and the calls that failed for
 *   good, after the SDK gave up retrying;
 * - `faultInjector` (deserialize step, inside the retries: each attempt passes it) fails `rate` of the
 *   attempts, half of them before the request is sent (a 500 from the service: nothing happened) and half
 *   after the service did the work (the answer is lost on the way back: a timeout), the fault that
 *   exposes writes that are not idempotent.
 *
 * Only test harnesses install it (infra/local/fault-control.ts); deployments never do.
 */
export interface FaultPlan {
  /** Share of attempts that fail, 0–1. */
  readonly rate: number;
  /** Services whose calls fail (default: DynamoDB, S3 and Step Functions). */
  readonly services?: readonly AwsService[];
  /** Seed of the pseudo-random choice, so a run can be repeated. */
  readonly seed?: number;
}

export interface FaultFigures {
  /** Calls made by the code (each may take several attempts). */
  calls: number;
  /** Attempts that reached the injector (calls + the SDK's retries). */
  attempts: number;
  /** Attempts failed before the request was sent. */
  refused: number;
  /** Attempts failed after the service had done the work. */
  lost: number;
  /** Calls that failed for good (the SDK gave up) — the application saw these. */
  failedCalls: number;
  byService: Record<string, { calls: number; attempts: number; injected: number }>;
}

/** A small seeded generator (mulberry32): the same seed gives the same faults for the same calls. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class InjectedServiceError extends Error {
  readonly $fault = 'server';
  readonly $metadata = { httpStatusCode: 500 };
  constructor(service: AwsService, command: string) {
    super(`Injected fault: ${service} ${command} refused`);
    this.name = 'InternalServerError';
  }
}

class InjectedLostAnswer extends Error {
  constructor(service: AwsService, command: string) {
    super(`Injected fault: ${service} ${command} answer lost`);
    this.name = 'TimeoutError';
  }
}

type Next = (args: unknown) => Promise<{ output?: { Body?: { destroy?: () => void } } }>;
type Middleware = (next: Next, context: { commandName?: string }) => Next;

const defaultServices: readonly AwsService[] = ['dynamodb', 's3', 'stepfunctions'];

/** A client hook that injects the plan's faults, and the figures of what it did. */
export function faultInjection(plan: FaultPlan): { hook: ClientHook; figures: () => FaultFigures } {
  if (!(plan.rate >= 0 && plan.rate <= 1)) throw new RangeError(`rate: expected 0–1, got ${plan.rate}`);
  const services = new Set(plan.services ?? defaultServices);
  const random = seededRandom(plan.seed ?? 1);
  const figures: FaultFigures = { calls: 0, attempts: 0, refused: 0, lost: 0, failedCalls: 0, byService: {} };
  const of = (service: AwsService) => (figures.byService[service] ??= { calls: 0, attempts: 0, injected: 0 });

  const hook: ClientHook = (service: AwsService, client: AwsClient) => {
    if (!services.has(service)) return;
    const counter: Middleware = (next) => async (args) => {
      figures.calls += 1;
      of(service).calls += 1;
      try {
        return await next(args);
      } catch (error) {
        figures.failedCalls += 1;
        throw error;
      }
    };
    const injector: Middleware = (next, context) => async (args) => {
      const command = context.commandName ?? 'command';
      figures.attempts += 1;
      of(service).attempts += 1;
      const roll = random();
      if (roll < plan.rate / 2) {
        figures.refused += 1;
        of(service).injected += 1;
        throw new InjectedServiceError(service, command);
      }
      const result = await next(args);
      if (roll < plan.rate) {
        figures.lost += 1;
        of(service).injected += 1;
        // A streamed body nobody reads would hold its connection open.
        result.output?.Body?.destroy?.();
        throw new InjectedLostAnswer(service, command);
      }
      return result;
    };
    const stack = client.middlewareStack as unknown as { add(m: Middleware, o: Record<string, string>): void };
    stack.add(counter, { step: 'initialize', name: 'faultCounter', priority: 'high' });
    stack.add(injector, { step: 'deserialize', name: 'faultInjector', priority: 'high' });
  };
  return { hook, figures: () => structuredClone(figures) };
}
