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
  /**
   * At most this many of a user's uploads may wait unattached to a case (409 PENDING_UPLOAD_LIMIT beyond;
   * issue 10 §9). 50 in every deployment; the shared integration-test cloud, where hundreds of tests upload
   * as the same demo users, raises it.
   */
  PENDING_UPLOAD_LIMIT: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Largest upload accepted by presigned URL, in bytes. */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /**
   * Which key service protects personal data (platform/personal-data): `kms` uses AWS KMS, `local`
   * derives keys from LOCAL_MASTER_KEY (the embedded local cloud). Chosen once, at wiring time. Unset in
   * functions that declare no personal-data use (functions/src/route-group-access.ts).
   */
  KEY_SERVICE: z.enum(['kms', 'local']).optional(),
  AWS_ENDPOINT_URL_KMS: optionalUrl,
  /** The registry's symmetric KMS key (key id, key ARN, alias/name or alias ARN) that wraps data keys. */
  KMS_PERSONAL_DATA_KEY_ID: kmsKeyReference.optional(),
  /** The HMAC_256 KMS key (key usage GENERATE_VERIFY_MAC) that computes blind indexes. */
  KMS_BLIND_INDEX_KEY_ID: kmsKeyReference.optional(),
  /** A secret: 32 random bytes as 64 hex characters (or base64/base64url); only for KEY_SERVICE=local. */
  LOCAL_MASTER_KEY: z.string().refine(isMasterKeyText, '32 bytes as 64 hex characters or base64').optional(),
  /**
   * Which signer signs e-certificates (certificates/signer): `kms` uses the asymmetric KMS keys in
   * CERT_SIGNING_KMS_KEY_IDS, `local` derives P-256 keys from LOCAL_MASTER_KEY (the embedded local cloud).
   * Unset in functions that neither issue certificates nor publish their keys.
   */
  CERT_SIGNER: z.enum(['kms', 'local']).optional(),
  /** Every certificate signing key ever used, comma-separated, the current one last (rotation appends). */
  CERT_SIGNING_KMS_KEY_IDS: z
    .string()
    .refine(
      (v) => v.split(',').every((k) => kmsKeyReference.safeParse(k).success),
      'KMS key references, comma-separated',
    )
    .optional(),
  /** The local signer's current key version; versions 1…n stay published. */
  CERT_SIGNING_KEY_VERSION: z.coerce.number().int().min(1).max(100).default(1),
  /**
   * Which malware scan port adapter checks uploaded materials (documents/scan): `guardduty` reads the
   * GuardDuty Malware Protection for S3 result tag, `local` checks file type and size only and records
   * that no malware scan ran. Required: there is no default that would silently skip scanning.
   */
  MALWARE_SCAN: z.enum(['guardduty', 'local']),
  /**
   * Which real-name verification adapter binds ID numbers to accounts (identity/real-name): `provincial`
   * calls the provincial identity service at REAL_NAME_SERVICE_URL (fails closed without it), `local`
   * checks the base person registry (registries/; the embedded local cloud seeds it).
   */
  REAL_NAME_VERIFIER: z.enum(['provincial', 'local']).default('provincial'),
  REAL_NAME_SERVICE_URL: optionalUrl,
  /**
   * Which bus carries data sharing change events (data-sharing/events): `eventbridge` puts them on the bus
   * CHANGE_EVENT_BUS with one rule per subscription targeting the forwarder WEBHOOK_FORWARDER_ARN, `local` the
   * stand-in the embedded local cloud installs (infra/local/event-bus.ts). Unset in functions that neither publish
   * nor route change events.
   */
  CHANGE_EVENTS: z.enum(['eventbridge', 'local']).optional(),
  AWS_ENDPOINT_URL_EVENTBRIDGE: optionalUrl,
  CHANGE_EVENT_BUS: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,256}$/, 'an EventBridge bus name')
    .optional(),
  WEBHOOK_FORWARDER_ARN: z.string().startsWith('arn:', 'the webhook forwarder function ARN').optional(),
  /**
   * Where queue subscriptions' queues are (data-sharing/events/queue-port.ts): `sqs` one SQS queue per subscription,
   * named `yuexiu-<stage>-data-sub-<id>`, `local` the embedded local cloud's file-backed queues
   * (infra/local/subscription-queues.ts). Unset in functions that do not manage subscriptions.
   */
  SUBSCRIPTION_QUEUES: z.enum(['sqs', 'local']).optional(),
  AWS_ENDPOINT_URL_SQS: optionalUrl,
  /**
   * Which directory keeps the machine clients of department systems (data-sharing/client-directory): `cognito` makes
   * each an app client of the staff pool MACHINE_CLIENT_POOL_ID (tokens from MACHINE_CLIENT_TOKEN_URL), `local` keeps
   * the secret's hash in our table for the embedded local cloud's identity provider. Unset in functions that do not
   * manage machine clients.
   */
  MACHINE_CLIENTS: z.enum(['cognito', 'local']).optional(),
  MACHINE_CLIENT_POOL_ID: z
    .string()
    .regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'a Cognito user pool id such as ap-east-1_AbC123')
    .optional(),
  MACHINE_CLIENT_TOKEN_URL: optionalUrl,
  /**
   * The staff pool's app clients for people (the portal), comma-separated: the machine routes' authorizer
   * (data-sharing/authorizer) admits their access tokens by the token alone, and machine clients by our table.
   */
  STAFF_APP_CLIENT_IDS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0),
    )
    .pipe(z.array(z.string().regex(/^[\w-]{1,128}$/, 'app client ids, comma-separated'))),
  /**
   * Hosts a subscription's webhook may name although they are not public https endpoints (data-sharing/events/
   * webhook-target.ts): plain http, or an address in a private, loopback, link-local or metadata range. Comma-separated
   * host names or IP literals, e.g. `localhost,127.0.0.1` for consumers running next to the embedded local cloud.
   * Empty (the default): only https webhooks on public addresses.
   */
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) =>
          h
            .trim()
            .toLowerCase()
            .replace(/^\[(.*)\]$/, '$1'),
        )
        .filter((h) => h.length > 0),
    )
    .pipe(z.array(z.string().regex(/^[a-z0-9.:_-]{1,253}$/, 'host names or IP literals, comma-separated'))),
  /**
   * Edge trust (platform/edge-trust.ts). ORIGIN_SECRET: the value the edge puts in X-Origin-Verify (a CloudFront
   * custom origin header on AWS, infra/local/edge.ts locally); a request without it never reached the edge.
   * VIEWER_SIGNING_SECRET: the key the portal signs its viewer's address with (web/lib/viewer.ts). On AWS both
   * come from Secrets Manager through the Parameters and Secrets extension (the *_ARN variables), never in the
   * function's configuration. Without either form every API request is refused (fails closed).
   */
  ORIGIN_SECRET: z.string().min(32, 'a random secret of at least 32 characters').optional(),
  ORIGIN_SECRET_ARN: z.string().startsWith('arn:', 'a Secrets Manager secret ARN').optional(),
  VIEWER_SIGNING_SECRET: z.string().min(32, 'a random secret of at least 32 characters').optional(),
  VIEWER_SIGNING_SECRET_ARN: z.string().startsWith('arn:', 'a Secrets Manager secret ARN').optional(),
  /** Set by Lambda: the Parameters and Secrets extension's port and the session token it authenticates with. */
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(2773),
  AWS_SESSION_TOKEN: z.string().optional(),
});

/** Variables whose values never appear in error messages. */
const secretVariables: ReadonlySet<string> = new Set([
  'LOCAL_MASTER_KEY',
  'ORIGIN_SECRET',
  'VIEWER_SIGNING_SECRET',
  'AWS_SESSION_TOKEN',
]);

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
  if (env.CERT_SIGNER === 'kms') need('CERT_SIGNING_KMS_KEY_IDS', 'when CERT_SIGNER=kms');
  if (env.CERT_SIGNER === 'local') {
    need('LOCAL_MASTER_KEY', 'when CERT_SIGNER=local');
    if (env.STAGE === 'prod')
      ctx.addIssue({ code: 'custom', path: ['CERT_SIGNER'], message: 'must be kms when STAGE=prod' });
  }
  if (env.MALWARE_SCAN === 'local' && env.STAGE === 'prod')
    ctx.addIssue({ code: 'custom', path: ['MALWARE_SCAN'], message: 'must be guardduty when STAGE=prod' });
  if (env.CHANGE_EVENTS === 'eventbridge') {
    need('CHANGE_EVENT_BUS', 'when CHANGE_EVENTS=eventbridge');
    need('WEBHOOK_FORWARDER_ARN', 'when CHANGE_EVENTS=eventbridge');
  }
  if (env.MACHINE_CLIENTS === 'cognito') {
    need('MACHINE_CLIENT_POOL_ID', 'when MACHINE_CLIENTS=cognito');
    need('MACHINE_CLIENT_TOKEN_URL', 'when MACHINE_CLIENTS=cognito');
  }
  if (env.REAL_NAME_VERIFIER === 'local' && env.STAGE === 'prod')
    ctx.addIssue({ code: 'custom', path: ['REAL_NAME_VERIFIER'], message: 'must be provincial when STAGE=prod' });
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
  // A resource variable is set only for the functions that declare the resource (its IAM grant comes
  // from the same declaration); unset is fine until the function uses it, malformed never is.
  for (const name of resourceVars) {
    const value = env[name];
    if (value !== undefined && !/^[A-Za-z0-9:._/-]+$/.test(value)) {
      problems.push(`${name}: a resource name or ARN set by the CDK app or the local cloud (got "${value}")`);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const pick = (vars: readonly { id: string; envVar: string }[]) => {
    const picked: Record<string, string> = {};
    for (const v of vars) {
      Object.defineProperty(picked, v.id, {
        enumerable: true,
        get: () => {
          const value = env[v.envVar];
          if (value === undefined) throw new ConfigError([`${v.envVar}: ${undeclared(v.id)}`]);
          return value;
        },
      });
    }
    return picked;
  };
  return {
    ...parsed.data,
    tables: pick(allTables),
    buckets: pick(allBuckets),
    stateMachines: pick(allWorkflowNames),
  };
}

const undeclared = (id: string) =>
  `not set: this function did not declare "${id}" (functions/src/route-group-access.ts or workflow-tasks.ts), so it has neither its name nor an IAM grant for it`;

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
