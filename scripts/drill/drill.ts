import { performance } from 'node:perf_hooks';
import { nowIso, nowMs } from '../../functions/src/platform/clock.js';
import { physicalName } from '../../functions/src/platform/resources.js';
import { compareContents, newestChange, type Comparison } from './compare.js';
import type { Backup, BackupAdapter, Namespace, Resources } from './port.js';

/**
 * The restore drill (H3): back up every table and bucket, restore into a fresh namespace, compare item by
 * item and object by object, and give a verdict with the RPO and the time the restore took. The adapter
 * decides how a backup is taken and restored; this file does not know which cloud it runs on.
 */

export interface DrillOptions {
  /** Stage part of the restored namespace's names (default `drill-<base36 time>`). */
  readonly targetStage?: string;
  /** Leave the restored namespace in place (default: removed after the comparison). */
  readonly keep?: boolean;
  readonly log?: (message: string) => void;
}

export interface DrillReport {
  readonly adapter: string;
  readonly source: Namespace;
  readonly target: Namespace;
  readonly backup: Backup;
  readonly comparison: Comparison;
  readonly verdict: 'OK' | 'DIFFERENT';
  /** The newest change the backup holds. */
  readonly newestChangeAt?: string;
  /** Age of that change when the backup was taken: what a restore of it would lose at most of the time before. */
  readonly rpoMs?: number;
  readonly backupMs: number;
  readonly restoreMs: number;
  readonly compareMs: number;
  /** Whether the restored namespace was left in place. */
  readonly kept: boolean;
}

const stagePattern = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

/** The names of every table and bucket of `resources` in `stage`. */
export function namespaceFor(stage: string, resources: Resources): Namespace {
  if (!stagePattern.test(stage)) {
    throw new Error(`stage "${stage}": lowercase letters, digits and inner hyphens, at most 32 characters`);
  }
  return {
    stage,
    tables: Object.fromEntries(resources.tables.map((t) => [t.id, physicalName(stage, t.id)])),
    buckets: Object.fromEntries(resources.buckets.map((b) => [b.id, physicalName(stage, b.id)])),
  };
}

function assertDisjoint(source: Namespace, target: Namespace): void {
  const taken = new Set([...Object.values(source.tables), ...Object.values(source.buckets)]);
  const clash = [...Object.values(target.tables), ...Object.values(target.buckets)].find((n) => taken.has(n));
  if (clash) throw new Error(`the restore target ${clash} is a source resource: choose another stage`);
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export async function runDrill(adapter: BackupAdapter, resources: Resources, options: DrillOptions = {}) {
  const log = options.log ?? (() => undefined);
  const target = namespaceFor(options.targetStage ?? `drill-${nowMs().toString(36)}`, resources);
  assertDisjoint(adapter.source, target);
  const taken = await adapter.existing(target);
  if (taken.length > 0)
    throw new Error(`the restore target exists already (${taken.join(', ')}): choose another stage`);

  log(`Backing up ${adapter.source.stage} (${adapter.name})…`);
  const [backup, backupMs] = await timed(() => adapter.backup());
  let kept = false;
  try {
    log(`Restoring the backup of ${backup.pointInTime} into ${target.stage}…`);
    const [, restoreMs] = await timed(() => adapter.restore(backup, target));
    log('Comparing item by item and object by object…');
    const [comparison, compareMs] = await timed(async () =>
      compareContents(backup.expected, await adapter.read(target)),
    );
    const newestChangeAt = newestChange(backup.expected);
    kept = options.keep ?? false;
    return {
      adapter: adapter.name,
      source: adapter.source,
      target,
      backup,
      comparison,
      verdict: comparison.differences.length === 0 ? 'OK' : 'DIFFERENT',
      newestChangeAt,
      // A change stamped after the backup was taken (a writer's clock ahead of the drill's, as a test cloud's
      // moved clock is) leaves nothing older unprotected: the RPO is then 0, never negative.
      rpoMs:
        newestChangeAt === undefined ? undefined : Math.max(0, Date.parse(backup.takenAt) - Date.parse(newestChangeAt)),
      backupMs,
      restoreMs,
      compareMs,
      kept,
    } satisfies DrillReport;
  } finally {
    if (!kept) {
      log(`Removing ${target.stage}…`);
      await adapter.discard(target);
    }
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function duration(ms: number): string {
  if (ms < 60_000) return seconds(ms);
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 120) return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The report as operators read it. */
export function formatReport(report: DrillReport, maxDifferences = 20): string {
  const lines = [
    `Restore drill (${report.adapter}) ${report.source.stage} → ${report.target.stage}, at ${nowIso()}`,
    `Backup: ${report.backup.location}, point in time ${report.backup.pointInTime}, taken in ${seconds(report.backupMs)}`,
    '',
    ...report.comparison.collections.map(
      (c) =>
        `  ${c.collection.padEnd(18)} ${String(c.expectedCount).padStart(6)} backed up ${String(c.restoredCount).padStart(6)} restored  ` +
        `sha256 ${c.expectedDigest.slice(0, 12)} ${c.expectedDigest === c.restoredDigest ? '=' : '≠'} ${c.restoredDigest.slice(0, 12)}`,
    ),
    '',
  ];
  for (const d of report.comparison.differences.slice(0, maxDifferences)) {
    lines.push(`  ${d.kind.padEnd(10)} ${d.collection}: ${d.key}`);
  }
  const more = report.comparison.differences.length - maxDifferences;
  if (more > 0) lines.push(`  … and ${more} more`);
  lines.push(
    `Restore took ${seconds(report.restoreMs)} (comparison ${seconds(report.compareMs)})`,
    report.rpoMs === undefined
      ? 'RPO: no time-stamped change in the backup'
      : `RPO: newest backed-up change ${report.newestChangeAt}, ${duration(Math.max(0, report.rpoMs))} before the backup`,
    report.kept
      ? `Restored namespace kept: ${report.target.stage}`
      : `Restored namespace removed: ${report.target.stage}`,
    report.verdict === 'OK'
      ? 'VERDICT: OK — every item and object restored identically'
      : `VERDICT: DIFFERENT — ${report.comparison.differences.length} difference(s)`,
  );
  return lines.join('\n');
}
