import { z } from 'zod';
import { allBuckets, allTables } from './resources.js';
import { workflows } from '../../../workflows/index.js';

/**
 * The one configuration every function reads, validated once at load. In the local cloud all handlers
 * run in one process and share it; on AWS the CDK app sets the same variables on every function.
 * A missing or malformed variable stops start-up with its name and what was expected.
 */
const url = z.string().url();
const optionalUrl = url.optional();

const schema = z.object({
  STAGE: z.string().regex(/^[a-z][a-z0-9-]{1,15}$/, 'a lower-case stage name such as dev or prod'),
  AWS_REGION: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as ap-east-1'),
  AWS_ENDPOINT_URL_DYNAMODB: optionalUrl,
  AWS_ENDPOINT_URL_S3: optionalUrl,
  AWS_ENDPOINT_URL_SFN: optionalUrl,
  /** Public origin of the portal; presigned URLs and links in notifications use it. */
  PUBLIC_ORIGIN: url,
  /** Which notifier adapter sends e-mail/SMS: `outbox` stores them (local cloud), `aws` uses SES/SNS. */
  NOTIFIER: z.enum(['outbox', 'aws']),
  /** Sender address of e-mail notifications (SES verified identity on AWS). */
  MAIL_FROM: z.string().email().default('noreply@yuexiu.example.gov.cn'),
  /** Largest request body the API accepts, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(262_144),
  /** Largest upload accepted by presigned URL, in bytes. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
});

const resourceVars = [
  ...allTables.map((t) => t.envVar),
  ...allBuckets.map((b) => b.envVar),
  ...workflows.map((w) => w.envVar),
];

export type Config = z.infer<typeof schema> & {
  readonly tables: Record<string, string>;
  readonly buckets: Record<string, string>;
  readonly stateMachines: Record<string, string>;
};

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment; throws ConfigError naming each bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.');
      const got = env[name];
      problems.push(`${name}: ${issue.message}${got === undefined ? ' (not set)' : ` (got "${got}")`}`);
    }
  }
  for (const name of resourceVars) {
    const value = env[name];
    if (!value || !/^[A-Za-z0-9:._/-]+$/.test(value)) {
      problems.push(`${name}: a resource name or ARN set by the CDK app or the local cloud${value === undefined ? ' (not set)' : ` (got "${value}")`}`);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const pick = (vars: readonly { id: string; envVar: string }[]) =>
    Object.fromEntries(vars.map((v) => [v.id, env[v.envVar] as string]));
  return {
    ...parsed.data,
    tables: pick(allTables),
    buckets: pick(allBuckets),
    stateMachines: pick(workflows),
  };
}

let loaded: Config | undefined;

/** The process configuration, validated on first use. */
export function config(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}

/** For the local cloud and tests, which set the environment before handlers load. */
export function resetConfig(): void {
  loaded = undefined;
}
