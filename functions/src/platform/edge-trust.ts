import { timingSafeEqual } from 'node:crypto';
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { config } from './config.js';
import { logger } from './logger.js';
import { systemClock } from './clock.js';
import { viewerAddressHeader } from './viewer-address.js';
import { verifyViewerAssertion, viewerAssertionHeader } from './viewer-assertion.js';

/** The header the edge adds to every request it forwards to the API (CloudFront custom origin header). */
export const originVerifyHeader = 'x-origin-verify';

export interface EdgeSecrets {
  readonly originSecret: string;
  readonly viewerSigningSecret: string;
}

/** Secrets are re-read after this long, so a rotation reaches warm functions without a redeploy. */
const secretsTtlMs = 5 * 60_000;
let cached: { at: number; from: object; secrets: Promise<EdgeSecrets> } | undefined;

async function fromSecretsManager(arn: string): Promise<string> {
  const { PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port, AWS_SESSION_TOKEN: token } = config();
  const url = `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(arn)}`;
  const res = await fetch(url, { headers: { 'X-Aws-Parameters-Secrets-Token': token ?? '' } });
  if (!res.ok) throw new Error(`secret ${arn} unavailable: the extension answered HTTP ${res.status}`);
  const secret = ((await res.json()) as { SecretString?: unknown }).SecretString;
  if (typeof secret !== 'string' || secret.length < 32) throw new Error(`secret ${arn} is empty or too short`);
  return secret;
}

async function one(value: string | undefined, arn: string | undefined, name: string): Promise<string> {
  if (value) return value;
  if (arn) return fromSecretsManager(arn);
  throw new Error(`${name} (or ${name}_ARN) is not set: the API cannot tell edge traffic from direct calls`);
}

/** The edge's secrets: from the configuration (local cloud) or Secrets Manager (AWS), cached a few minutes. */
export function edgeSecrets(): Promise<EdgeSecrets> {
  const at = systemClock.nowMs();
  const c = config();
  // A new configuration (the local cloud and tests reset it) means new secrets.
  if (!cached || cached.from !== c || at - cached.at > secretsTtlMs) {
    const secrets = Promise.all([
      one(c.ORIGIN_SECRET, c.ORIGIN_SECRET_ARN, 'ORIGIN_SECRET'),
      one(c.VIEWER_SIGNING_SECRET, c.VIEWER_SIGNING_SECRET_ARN, 'VIEWER_SIGNING_SECRET'),
    ]).then(([originSecret, viewerSigningSecret]) => ({ originSecret, viewerSigningSecret }));
    secrets.catch(() => (cached = undefined));
    cached = { at, from: c, secrets };
  }
  return cached.secrets;
}

const sameSecret = (given: string | undefined, expected: string) =>
  given !== undefined && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * The viewer as the edge and the portal state it: the portal's signed assertion when it verifies, else the
 * edge's `CloudFront-Viewer-Address` (untouched). Returns the headers with the assertion removed, so no code
 * downstream can read an unverified one.
 */
export function trustedViewerHeaders(
  headers: Readonly<Record<string, string | undefined>>,
  viewerSigningSecret: string,
): Record<string, string | undefined> {
  const { [viewerAssertionHeader]: assertion, ...rest } = headers;
  const asserted = verifyViewerAssertion(viewerSigningSecret, assertion);
  return asserted ? { ...rest, [viewerAddressHeader]: `${asserted}:0` } : rest;
}

/** The answer to a request that did not pass the edge (the API document names it for every route). */
export const edgeRequiredError = {
  code: 'EDGE_REQUIRED',
  message: 'Call the API through the portal origin (its CDN edge); the API does not answer direct calls',
} as const;

const edgeRequired = (): APIGatewayProxyResultV2 => ({
  statusCode: 403,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify({ error: edgeRequiredError }),
});

/**
 * Middy middleware of every HTTP route group: a request that did not pass the edge (no or a wrong
 * X-Origin-Verify) is answered 403 EDGE_REQUIRED before any route code runs; for the rest the viewer is
 * settled once (the signed portal assertion, else the edge's address), which the handler and the audit read.
 */
export function edgeTrust(): middy.MiddlewareObj<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2> {
  return {
    before: async (request) => {
      const secrets = await edgeSecrets().catch((error: Error) => {
        logger.error('edge secrets unavailable', { action: 'edge.secrets', error });
        return undefined;
      });
      const headers = request.event.headers ?? {};
      if (!secrets || !sameSecret(headers[originVerifyHeader], secrets.originSecret)) {
        logger.info('request refused', { action: 'edge.required', routeKey: request.event.routeKey });
        return edgeRequired();
      }
      request.event.headers = trustedViewerHeaders(headers, secrets.viewerSigningSecret);
      return undefined;
    },
  };
}
