import { z } from 'zod';
import { allBuckets, allTables } from './resources.js';
import { allWorkflowNames } from '../../../workflows/names.js';

/**
 * The one configuration every function reads, validated once at load. In the local cloud all handlers
 * run in one process and share it; on AWS the CDK app sets the same variables on every function.
 * A missing or malformed variable stops start-up with its name and what was expected.
 */
const url = z.string().url();
const optionalUrl = url.optional();
const kmsKeyReference = z
  .string()
  .regex(
    /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[A-Za-z0-9/_-]+|alias\/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-f-]{32,36})$/,
    'a KMS key id, key ARN, alias/name or alias ARN',
  );

/** True when the text is 32 bytes as hex, base64 or base64url (the format of LOCAL_MASTER_KEY). */
export function isMasterKeyText(text: string): boolean {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return true;
  return /^[A-Za-z0-9+/_-]{43}=?$/.test(text) && Buffer.from(text, 'base64').length === 32;
}

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
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /**
   * Which key service protects personal data (platform/personal-data): `kms` uses AWS KMS, `local`
   * derives keys from LOCAL_MASTER_KEY (the embedded local cloud). Chosen once, at wiring time.
   */
  KEY_SERVICE: z.enum(['kms', 'local']),
  AWS_ENDPOINT_URL_KMS: optionalUrl,
  /** The registry's symmetric KMS key (key id, key ARN, alias/name or alias ARN) that wraps data keys. */
  KMS_PERSONAL_DATA_KEY_ID: kmsKeyReference.optional(),
  /** The HMAC_256 KMS key (key usage GENERATE_VERIFY_MAC) that computes blind indexes. */
  KMS_BLIND_INDEX_KEY_ID: kmsKeyReference.optional(),
  /** A secret: 32 random bytes as 64 hex characters (or base64/base64url); only for KEY_SERVICE=local. */
  LOCAL_MASTER_KEY: z.string().refine(isMasterKeyText, '32 bytes as 64 hex characters or base64').optional(),
  /**
   * Which malware scan port adapter checks uploaded materials (documents/scan): `guardduty` reads the
   * GuardDuty Malware Protection for S3 result tag, `local` checks file type and size only and records
   * that no malware scan ran. Required: there is no default that would silently skip scanning.
   */
  MALWARE_SCAN: z.enum(['guardduty', 'local']),
});

/** Variables whose values never appear in error messages. */
const secretVariables: ReadonlySet<string> = new Set(['LOCAL_MASTER_KEY']);

/** The key service's variables depend on which one is chosen. */
const validated = schema.superRefine((env, ctx) => {
  const need = (name: keyof typeof env, why: string) => {
    if (env[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: `required ${why}` });
  };
  if (env.KEY_SERVICE === 'kms') {
    need('KMS_PERSONAL_DATA_KEY_ID', 'when KEY_SERVICE=kms');
    need('KMS_BLIND_INDEX_KEY_ID', 'when KEY_SERVICE=kms');
  }
  if (env.KEY_SERVICE === 'local') {
    need('LOCAL_MASTER_KEY', 'when KEY_SERVICE=local');
    if (env.STAGE === 'prod')
      ctx.addIssue({ code: 'custom', path: ['KEY_SERVICE'], message: 'must be kms when STAGE=prod' });
  }
  if (env.MALWARE_SCAN === 'local' && env.STAGE === 'prod')
    ctx.addIssue({ code: 'custom', path: ['MALWARE_SCAN'], message: 'must be guardduty when STAGE=prod' });
});

const resourceVars = [
  ...allTables.map((t) => t.envVar),
  ...allBuckets.map((b) => b.envVar),
  ...allWorkflowNames.map((w) => w.envVar),
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
  const parsed = validated.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.');
      const got = env[name];
      const shown = secretVariables.has(name) ? `a secret of ${got?.length} characters` : `"${got}"`;
      problems.push(`${name}: ${issue.message}${got === undefined ? ' (not set)' : ` (got ${shown})`}`);
    }
  }
  for (const name of resourceVars) {
    const value = env[name];
    if (!value || !/^[A-Za-z0-9:._/-]+$/.test(value)) {
      problems.push(
        `${name}: a resource name or ARN set by the CDK app or the local cloud${value === undefined ? ' (not set)' : ` (got "${value}")`}`,
      );
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const pick = (vars: readonly { id: string; envVar: string }[]) =>
    Object.fromEntries(vars.map((v) => [v.id, env[v.envVar] as string]));
  return {
    ...parsed.data,
    tables: pick(allTables),
    buckets: pick(allBuckets),
    stateMachines: pick(allWorkflowNames),
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
