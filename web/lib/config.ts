import { z } from 'zod';

const absoluteUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });
const originOnly = absoluteUrl.transform((value) => new URL(value).origin);
const withoutTrailingSlash = absoluteUrl.transform((value) => value.replace(/\/+$/, ''));

const environmentSchema = z.object({
  API_ORIGIN: originOnly,
  PUBLIC_ORIGIN: originOnly,
  AUTH_ISSUER: withoutTrailingSlash,
  AUTH_CLIENT_ID: z.string({ error: 'expected the OAuth2 client id' }).min(1, 'expected the OAuth2 client id'),
  AUTH_AUTHORIZE_URL: absoluteUrl,
  AUTH_TOKEN_URL: absoluteUrl,
  AUTH_LOGOUT_URL: absoluteUrl,
  /** Optional: defaults to `${AUTH_ISSUER}/.well-known/jwks.json` (Cognito and the local provider). */
  AUTH_JWKS_URL: absoluteUrl.optional(),
});

/** The web server's configuration, validated once from the environment. */
export interface WebConfig {
  apiOrigin: string;
  publicOrigin: string;
  secureCookies: boolean;
  auth: {
    issuer: string;
    clientId: string;
    authorizeUrl: string;
    tokenUrl: string;
    logoutUrl: string;
    jwksUrl: string;
    redirectUri: string;
  };
}

let cached: WebConfig | undefined;

/**
 * Reads and validates the environment on first use (not at import: `next build` imports modules without it).
 * Throws a message naming each bad variable and what it expected.
 */
export function config(): WebConfig {
  if (cached) return cached;
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const got = process.env[name];
      return `  ${name}: ${issue.message}${got === undefined ? ' (not set)' : ` (got "${got}")`}`;
    });
    throw new Error(`Invalid web configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  cached = {
    apiOrigin: env.API_ORIGIN,
    publicOrigin: env.PUBLIC_ORIGIN,
    secureCookies: env.PUBLIC_ORIGIN.startsWith('https:'),
    auth: {
      issuer: env.AUTH_ISSUER,
      clientId: env.AUTH_CLIENT_ID,
      authorizeUrl: env.AUTH_AUTHORIZE_URL,
      tokenUrl: env.AUTH_TOKEN_URL,
      logoutUrl: env.AUTH_LOGOUT_URL,
      jwksUrl: env.AUTH_JWKS_URL ?? `${env.AUTH_ISSUER}/.well-known/jwks.json`,
      redirectUri: `${env.PUBLIC_ORIGIN}/auth/callback`,
    },
  };
  return cached;
}
