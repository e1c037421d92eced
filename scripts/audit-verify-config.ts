import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { z } from 'zod';
import { localCredentials, localRegion } from '../infra/local/constants.js';
import { processEnvironment, type Environment } from './config.js';

/**
 * The configuration of `npm run audit:verify`, read once from the environment: TABLE_AUDIT (with
 * AWS_ENDPOINT_URL_DYNAMODB for LocalStack) names a table; otherwise the running local cloud's
 * endpoints file in YUEXIU_DATA_DIR (default .data) does.
 */
export class UsageError extends Error {}

const environment = z.object({
  TABLE_AUDIT: z
    .string()
    .regex(/^[A-Za-z0-9._-]{3,255}$/, 'a DynamoDB table name')
    .optional(),
  AWS_ENDPOINT_URL_DYNAMODB: z.string().url().optional(),
  AWS_REGION: z.string().optional(),
  AWS_DEFAULT_REGION: z.string().optional(),
  AWS_ACCESS_KEY_ID: z.string().optional(),
  YUEXIU_DATA_DIR: z.string().min(1).default('.data'),
});

const endpointsFile = z.object({
  dynamodb: z.string().url(),
  tables: z.object({ audit: z.string().min(1) }),
});

export interface Target {
  table: string;
  client: DynamoDBClient;
  where: string;
}

/** Which audit table to verify, and a client for it. */
export function resolveTarget(env: Environment = processEnvironment()): Target {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  if (e.TABLE_AUDIT) {
    const endpoint = e.AWS_ENDPOINT_URL_DYNAMODB;
    const region = e.AWS_REGION ?? e.AWS_DEFAULT_REGION ?? (endpoint ? localRegion : undefined);
    if (!region) throw new UsageError('AWS_REGION: the region of the audit table (not set)');
    // An emulator endpoint without credentials gets the local cloud's; on AWS the default chain applies.
    const credentials = endpoint && !e.AWS_ACCESS_KEY_ID ? localCredentials : undefined;
    return {
      table: e.TABLE_AUDIT,
      client: new DynamoDBClient({ region, endpoint, credentials }),
      where: endpoint ?? `AWS ${region}`,
    };
  }
  const file = path.resolve(e.YUEXIU_DATA_DIR, 'endpoints.json');
  if (!existsSync(file)) {
    throw new UsageError(
      `No running local cloud found (${file} does not exist).\n` +
        'Run `npm start` first, or set TABLE_AUDIT (and AWS_ENDPOINT_URL_DYNAMODB for LocalStack) to verify another table.',
    );
  }
  const local = endpointsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!local.success) throw new UsageError(`${file} is not an endpoints file of the local cloud`);
  return {
    table: local.data.tables.audit,
    client: new DynamoDBClient({ region: localRegion, endpoint: local.data.dynamodb, credentials: localCredentials }),
    where: local.data.dynamodb,
  };
}
