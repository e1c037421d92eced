import { z } from 'zod';

const absoluteUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });
const originOnly = absoluteUrl.transform((value) => new URL(value).origin);
const withoutTrailingSlash = absoluteUrl.transform((value) => value.replace(/\/+$/, ''));
const clientId = z.string({ error: 'expected the OAuth2 client id' }).min(1, 'expected the OAuth2 client id');
/** A CSP source: an origin, optionally with a `*.` wildcard host (`https://*.s3.cn-north-1.amazonaws.com.cn`). */
const cspOrigin = z
  .string()
  .regex(
    /^https?:\/\/(\*\.)?[a-z0-9.-]+(:(\d{1,5}|\*))?$/i,
    'expected an origin such as https://bucket.s3.amazonaws.com',
  );

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    API_ORIGIN: originOnly,
    PUBLIC_ORIGIN: originOnly,
    /** Encrypts the session cookie (A256GCM with a key derived from it). Rotating it signs everyone out. */
    SESSION_SECRET: z.string({ error: 'expected a random secret of at least 32 characters' }).min(32, {
      error: 'expected a random secret of at least 32 characters',
    }),
    /**
     * Signs the viewer's address on every API call (lib/viewer.ts); the API shares it. On AWS launch.mjs
     * reads it from Secrets Manager (VIEWER_SIGNING_SECRET_ARN) before Next starts.
     */
    VIEWER_SIGNING_SECRET: z.string({ error: 'expected a random secret of at least 32 characters' }).min(32, {
      error: 'expected a random secret of at least 32 characters',
    }),
    /** Seconds a staff session may stay idle before it locks (15 minutes). */
    STAFF_IDLE_SECONDS: z.coerce.number().int().min(1).max(900).default(900),
    /** Origin browsers upload documents to (the presigned URLs' origin); allowed in the CSP's connect-src. */
    UPLOAD_ORIGIN: cspOrigin.optional(),
    AUTH_ISSUER: withoutTrailingSlash,
    AUTH_CLIENT_ID: clientId,
    AUTH_AUTHORIZE_URL: absoluteUrl,
    AUTH_TOKEN_URL: absoluteUrl,
    AUTH_LOGOUT_URL: absoluteUrl,
    /** Optional: defaults to `${AUTH_ISSUER}/.well-known/jwks.json` (Cognito and the local provider). */
    AUTH_JWKS_URL: absoluteUrl.optional(),
    // The staff pool (AWS). All absent: staff sign in with the AUTH_* provider (the local cloud has one).
    STAFF_AUTH_ISSUER: withoutTrailingSlash.optional(),
    STAFF_AUTH_CLIENT_ID: clientId.optional(),
    STAFF_AUTH_AUTHORIZE_URL: absoluteUrl.optional(),
    STAFF_AUTH_TOKEN_URL: absoluteUrl.optional(),
    STAFF_AUTH_LOGOUT_URL: absoluteUrl.optional(),
    STAFF_AUTH_JWKS_URL: absoluteUrl.optional(),
  })
  .superRefine((env, ctx) => {
    const staff = [
      'STAFF_AUTH_ISSUER',
      'STAFF_AUTH_CLIENT_ID',
      'STAFF_AUTH_AUTHORIZE_URL',
      'STAFF_AUTH_TOKEN_URL',
      'STAFF_AUTH_LOGOUT_URL',
    ] as const;
    const set = staff.filter((name) => env[name] !== undefined);
    if (set.length === 0 || set.length === staff.length) return;
    for (const name of staff.filter((n) => env[n] === undefined)) {
      ctx.addIssue({ code: 'custom', path: [name], message: `expected together with ${set.join(', ')}` });
    }
  });

/** One OAuth2 / OIDC provider (a Cognito user pool and its app client). */
export interface IdentityPool {
  issuer: string;
  clientId: string;
  authorizeUrl: string;
  tokenUrl: string;
  logoutUrl: string;
  jwksUrl: string;
  redirectUri: string;
}

/** Which pool signed a session: residents and businesses, or staff. */
export type PoolName = 'citizen' | 'staff';

/** The web server's configuration, validated once from the environment. */
export interface WebConfig {
  development: boolean;
  apiOrigin: string;
  publicOrigin: string;
  secureCookies: boolean;
  sessionSecret: string;
  viewerSigningSecret: string;
  staffIdleSeconds: number;
  uploadOrigin?: string;
  /** The citizen pool (AUTH_*). */
  auth: IdentityPool;
  /** The staff pool (STAFF_AUTH_*), or the citizen pool's provider when there is only one. */
  staffAuth: IdentityPool;
  /** True when staff sign in at a provider of their own. */
  separateStaffPool: boolean;
}

let cached: WebConfig | undefined;

/**
 * Reads and validates the environment on first use (not at import: `next build` imports modules without it).
 * Throws a message naming each bad variable and what it expected (never a secret's value).
 */
export function config(): WebConfig {
  if (cached) return cached;
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const got = process.env[name];
      const shown = got === undefined ? ' (not set)' : name.endsWith('_SECRET') ? '' : ` (got "${got}")`;
      return `  ${name}: ${issue.message}${shown}`;
    });
    throw new Error(`Invalid web configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  const redirectUri = `${env.PUBLIC_ORIGIN}/auth/callback`;
  const auth: IdentityPool = {
    issuer: env.AUTH_ISSUER,
    clientId: env.AUTH_CLIENT_ID,
    authorizeUrl: env.AUTH_AUTHORIZE_URL,
    tokenUrl: env.AUTH_TOKEN_URL,
    logoutUrl: env.AUTH_LOGOUT_URL,
    jwksUrl: env.AUTH_JWKS_URL ?? `${env.AUTH_ISSUER}/.well-known/jwks.json`,
    redirectUri,
  };
  const staffAuth: IdentityPool | undefined =
    env.STAFF_AUTH_ISSUER && env.STAFF_AUTH_CLIENT_ID && env.STAFF_AUTH_AUTHORIZE_URL
      ? {
          issuer: env.STAFF_AUTH_ISSUER,
          clientId: env.STAFF_AUTH_CLIENT_ID,
          authorizeUrl: env.STAFF_AUTH_AUTHORIZE_URL,
          tokenUrl: env.STAFF_AUTH_TOKEN_URL as string,
          logoutUrl: env.STAFF_AUTH_LOGOUT_URL as string,
          jwksUrl: env.STAFF_AUTH_JWKS_URL ?? `${env.STAFF_AUTH_ISSUER}/.well-known/jwks.json`,
          redirectUri,
        }
      : undefined;
  cached = {
    development: env.NODE_ENV === 'development',
    apiOrigin: env.API_ORIGIN,
    publicOrigin: env.PUBLIC_ORIGIN,
    secureCookies: env.PUBLIC_ORIGIN.startsWith('https:'),
    sessionSecret: env.SESSION_SECRET,
    viewerSigningSecret: env.VIEWER_SIGNING_SECRET,
    staffIdleSeconds: env.STAFF_IDLE_SECONDS,
    ...(env.UPLOAD_ORIGIN ? { uploadOrigin: env.UPLOAD_ORIGIN } : {}),
    auth,
    staffAuth: staffAuth ?? auth,
    separateStaffPool: staffAuth !== undefined,
  };
  return cached;
}

/** The identity pool a session or a sign-in belongs to. */
export function identityPool(name: PoolName): IdentityPool {
  return name === 'staff' ? config().staffAuth : config().auth;
}
