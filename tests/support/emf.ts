/** One line of CloudWatch's embedded metric format, as Powertools Metrics writes it to stdout. */
export interface EmfLine {
  readonly _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  readonly [key: string]: unknown;
}

/**
 * Runs `work` with business metrics switched on and returns the EMF lines it wrote to stdout (other output
 * passes through). The switch is Powertools' POWERTOOLS_METRICS_DISABLED, read when a metric is made.
 */
export async function emittedMetrics(work: () => Promise<unknown>): Promise<EmfLine[]> {
  const lines: EmfLine[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const before = process.env.POWERTOOLS_METRICS_DISABLED;
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const emf = text
      .split('\n')
      .filter((l) => l.startsWith('{') && l.includes('"_aws"'))
      .map((l) => JSON.parse(l) as EmfLine);
    if (emf.length === 0) return write(chunk, ...rest);
    lines.push(...emf);
    return true;
  }) as typeof process.stdout.write;
  try {
    await work();
  } finally {
    process.stdout.write = write;
    if (before === undefined) delete process.env.POWERTOOLS_METRICS_DISABLED;
    else process.env.POWERTOOLS_METRICS_DISABLED = before;
  }
  return lines;
}

/** How many times the lines count the metric `name` (each line counts its value). */
export function countOf(lines: readonly EmfLine[], name: string, dimensions: Record<string, string> = {}): number {
  return lines
    .filter((l) => Object.entries(dimensions).every(([k, v]) => l[k] === v))
    .reduce((sum, l) => sum + (typeof l[name] === 'number' ? (l[name] as number) : 0), 0);
}
