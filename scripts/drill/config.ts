import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { physicalName } from '../../functions/src/platform/resources.js';
import { localCredentials, localRegion, localStage } from '../../infra/local/constants.js';
import { processEnvironment, type Environment } from '../config.js';
import { awsBackupAdapter } from './adapters/aws.js';
import { localBackupAdapter } from './adapters/local.js';
import type { BackupAdapter, Namespace, Resources } from './port.js';

/**
 * The drill's configuration, read once from the environment; DRILL_BACKUP picks the adapter.
 *
 * - `local` (default): the embedded local cloud, named by AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL_S3 and
 *   the TABLE_* / BUCKET_* variables (as every function gets them), or else found through
 *   <YUEXIU_DATA_DIR or .data>/endpoints.json of a running `npm start`. The export goes to DRILL_BACKUP_DIR
 *   (default: a new temporary folder).
 * - `aws`: STAGE and AWS_REGION name the deployment (tables and buckets `yuexiu-<stage>-<id>` unless TABLE_* /
 *   BUCKET_* say otherwise), DRILL_EXPORT_BUCKET (and DRILL_EXPORT_PREFIX) receive the tables' export at the
 *   point in time, DRILL_POINT_IN_TIME (ISO instant) picks it (default: the latest restorable).
 */
export class DrillConfigError extends Error {}

const name = z.string().regex(/^[A-Za-z0-9._-]{3,255}$/, 'a table or bucket name');

const environment = z.object({
  DRILL_BACKUP: z.enum(['local', 'aws']).default('local'),
  STAGE: z.string().min(1).optional(),
  AWS_REGION: z.string().min(1).optional(),
  AWS_ENDPOINT_URL_DYNAMODB: z.string().url().optional(),
  AWS_ENDPOINT_URL_S3: z.string().url().optional(),
  YUEXIU_DATA_DIR: z.string().min(1).default('.data'),
  DRILL_BACKUP_DIR: z.string().min(1).optional(),
  DRILL_EXPORT_BUCKET: name.optional(),
  DRILL_EXPORT_PREFIX: z.string().min(1).default('restore-drill'),
  DRILL_POINT_IN_TIME: z.iso.datetime({ offset: true }).optional(),
  DRILL_RESTORE_TIMEOUT_MINUTES: z.coerce.number().int().positive().optional(),
});

const endpointsFile = z.object({
  dynamodb: z.string().url(),
  s3: z.string().url(),
  tables: z.record(z.string(), z.string().min(1)),
  buckets: z.record(z.string(), z.string().min(1)).optional(),
});

export interface DrillSetup {
  readonly adapter: BackupAdapter;
  /** Where the local export is written. */
  readonly backupDir?: string;
  /** Whether the drill made that folder (then it removes it afterwards unless --keep). */
  readonly backupDirIsTemporary?: boolean;
}

/** Names from TABLE_* / BUCKET_* where set, else `yuexiu-<stage>-<id>`. */
function sourceNamespace(stage: string, resources: Resources, env: Record<string, string | undefined>): Namespace {
  const pick = (envVar: string, id: string) => name.parse(env[envVar] ?? physicalName(stage, id));
  return {
    stage,
    tables: Object.fromEntries(resources.tables.map((t) => [t.id, pick(t.envVar, t.id)])),
    buckets: Object.fromEntries(resources.buckets.map((b) => [b.id, pick(b.envVar, b.id)])),
  };
}

function localFromEndpointsFile(dataDir: string, resources: Resources) {
  const file = path.resolve(dataDir, 'endpoints.json');
  if (!existsSync(file)) {
    throw new DrillConfigError(
      `No running local cloud found (${file} does not exist).\n` +
        'Run `npm start` first, use --ephemeral to start one for the drill, or set DRILL_BACKUP=aws.',
    );
  }
  const parsed = endpointsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new DrillConfigError(`${file} is not an endpoints file of the local cloud`);
  const { dynamodb, s3, tables, buckets } = parsed.data;
  const namespace: Namespace = {
    stage: localStage,
    tables: Object.fromEntries(resources.tables.map((t) => [t.id, tables[t.id] ?? physicalName(localStage, t.id)])),
    buckets: Object.fromEntries(
      resources.buckets.map((b) => [b.id, buckets?.[b.id] ?? physicalName(localStage, b.id)]),
    ),
  };
  return { endpoints: { dynamodb, s3 }, namespace };
}

/** The adapter the configuration names, wired once. */
export function drillSetup(resources: Resources, env: Environment = processEnvironment()): DrillSetup {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new DrillConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  if (e.DRILL_BACKUP === 'aws') {
    const missing = (['STAGE', 'AWS_REGION', 'DRILL_EXPORT_BUCKET'] as const).filter((k) => !e[k]);
    if (missing.length > 0) throw new DrillConfigError(`DRILL_BACKUP=aws needs ${missing.join(', ')}`);
    return {
      adapter: awsBackupAdapter({
        resources,
        source: sourceNamespace(e.STAGE!, resources, env),
        region: e.AWS_REGION!,
        exportBucket: e.DRILL_EXPORT_BUCKET!,
        exportPrefix: e.DRILL_EXPORT_PREFIX,
        pointInTime: e.DRILL_POINT_IN_TIME,
        restoreTimeoutMinutes: e.DRILL_RESTORE_TIMEOUT_MINUTES,
      }),
    };
  }
  const local =
    e.AWS_ENDPOINT_URL_DYNAMODB && e.AWS_ENDPOINT_URL_S3
      ? {
          endpoints: { dynamodb: e.AWS_ENDPOINT_URL_DYNAMODB, s3: e.AWS_ENDPOINT_URL_S3 },
          namespace: sourceNamespace(e.STAGE ?? localStage, resources, env),
        }
      : localFromEndpointsFile(e.YUEXIU_DATA_DIR, resources);
  const backupDir = e.DRILL_BACKUP_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'yuexiu-drill-backup-'));
  return {
    adapter: localBackupAdapter({
      resources,
      source: local.namespace,
      endpoints: local.endpoints,
      region: e.AWS_REGION ?? localRegion,
      credentials: localCredentials,
      backupDir,
    }),
    backupDir,
    backupDirIsTemporary: e.DRILL_BACKUP_DIR === undefined,
  };
}
