import autocannon from 'autocannon';

export interface HttpFigure {
  name: string;
  connections: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
}

/** Drives one URL with autocannon (loopback only, bounded in time) and returns its figures. */
export async function measureHttp(
  name: string,
  url: string,
  headers: Record<string, string>,
  connections = 50,
  seconds = 10,
): Promise<HttpFigure> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  // Let requests still in flight when autocannon stopped finish before anything is torn down.
  await new Promise((r) => setTimeout(r, 1_000));
  return {
    name,
    connections,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
