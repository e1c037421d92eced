/** One line of CloudWatch's embedded metric format, as Powertools Metrics writes it to stdout. */
export interface EmfLine {
  readonly _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  readonly [key: string]: unknown;
}

/**
 * Runs `work` and returns the JSON lines it wrote to stdout that `keep` selects (Powertools' Logger and Metrics
 * write one JSON object a line); every other write passes through.
 */
export async function jsonLinesOnStdout(
  work: () => Promise<unknown>,
  keep: (line: string) => boolean = () => true,
): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text.split('\n').filter((l) => l.startsWith('{') && keep(l));
    if (kept.length === 0) return write(chunk, ...rest);
    lines.push(...kept.map((l) => JSON.parse(l) as Record<string, unknown>));
    return true;
  }) as typeof process.stdout.write;
  try {
    await work();
  } finally {
    process.stdout.write = write;
  }
  return lines;
}

/**
 * Runs `work` with business metrics switched on and returns the EMF lines it wrote to stdout. The switch is
 * Powertools' POWERTOOLS_METRICS_DISABLED, read when a metric is made.
 */
export async function emittedMetrics(work: () => Promise<unknown>): Promise<EmfLine[]> {
  const before = process.env.POWERTOOLS_METRICS_DISABLED;
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  try {
    return (await jsonLinesOnStdout(work, (l) => l.includes('"_aws"'))) as unknown as EmfLine[];
  } finally {
    if (before === undefined) delete process.env.POWERTOOLS_METRICS_DISABLED;
    else process.env.POWERTOOLS_METRICS_DISABLED = before;
  }
}

/** How many times the lines count the metric `name` (each line counts its value). */
export function countOf(lines: readonly EmfLine[], name: string, dimensions: Record<string, string> = {}): number {
  return lines
    .filter((l) => Object.entries(dimensions).every(([k, v]) => l[k] === v))
    .reduce((sum, l) => sum + (typeof l[name] === 'number' ? (l[name] as number) : 0), 0);
}
