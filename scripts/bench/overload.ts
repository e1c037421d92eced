import autocannon from 'autocannon';
import { percentile } from './percentile.js';

/**
 * One load run against a URL at a fixed offered rate, with the latency of served (2xx) and refused (503)
 * requests kept apart, and whether every refusal carried Retry-After.
 */
export interface OverloadFigure {
  name: string;
  connections: number;
  offeredPerSecond: number;
  sent: number;
  served: number;
  refused: number;
  /** Refusals answered without a Retry-After header. */
  refusedWithoutRetryAfter: number;
  otherStatus: number;
  /** Requests that got no answer (connection errors, autocannon's timeouts). */
  errors: number;
  servedMs: { p50: number; p99: number; max: number };
  refusedMs: { p50: number; p99: number; max: number };
  /** Requests of any kind that took longer than 2 s. */
  slowerThan2s: number;
}

const summary = (values: number[]) =>
  values.length === 0
    ? { p50: 0, p99: 0, max: 0 }
    : { p50: round(percentile(values, 50)), p99: round(percentile(values, 99)), max: round(Math.max(...values)) };
const round = (n: number) => Math.round(n * 10) / 10;

export async function measureOverload(
  name: string,
  url: string,
  headers: Record<string, string>,
  options: { connections: number; ratePerSecond?: number; seconds: number },
): Promise<OverloadFigure> {
  const served: number[] = [];
  const refused: number[] = [];
  let otherStatus = 0;
  let refusedWithoutRetryAfter = 0;
  let slow = 0;
  const retryAfterOf = new WeakMap<object, boolean>();
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options2: autocannon.Options = {
    url,
    headers,
    connections: options.connections,
    duration: options.seconds,
    // Generous: a request that waits past this counts as an error, and the figure shows it.
    timeout: 30,
    ...(options.ratePerSecond ? { overallRate: options.ratePerSecond } : {}),
    setupClient: (client) => {
      // The parser's header event: `headers` is a flat [name, value, name, value…] list.
      client.on('headers', (parsed: unknown) => {
        const list = (parsed as { headers?: unknown[] }).headers ?? [];
        retryAfterOf.set(
          client,
          list.some((v, i) => i % 2 === 0 && String(v).toLowerCase() === 'retry-after'),
        );
      });
    },
  };
  const instance = autocannon(options2, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (client, statusCode: number, _bytes: number, responseTime: number) => {
    if (responseTime > 2_000) slow++;
    if (statusCode >= 200 && statusCode < 300) served.push(responseTime);
    else if (statusCode === 503) {
      refused.push(responseTime);
      if (!retryAfterOf.get(client)) refusedWithoutRetryAfter++;
    } else otherStatus++;
  });
  const result = await done;
  // Let requests still in flight when autocannon stopped finish before anything is torn down.
  await new Promise((r) => setTimeout(r, 1_000));
  return {
    name,
    connections: options.connections,
    offeredPerSecond: options.ratePerSecond ?? 0,
    sent: result.requests.sent,
    served: served.length,
    refused: refused.length,
    refusedWithoutRetryAfter,
    otherStatus,
    errors: result.errors + result.timeouts,
    servedMs: summary(served),
    refusedMs: summary(refused),
    slowerThan2s: slow + result.timeouts,
  };
}
