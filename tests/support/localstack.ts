import { createHash, createHmac } from 'node:crypto';
import { physicalName } from '../../functions/src/platform/resources.js';

/**
 * The edge secrets of a stack deployed on LocalStack (`npm run localstack:deploy`), for the integration tests
 * (TEST_TARGET=localstack), wired as the embedded local cloud wires its own: the tests get ORIGIN_SECRET and
 * VIEWER_SIGNING_SECRET, and send X-Origin-Verify themselves as CloudFront would, since LocalStack's community
 * edition has no CloudFront in front of the HTTP API. Values given in the environment win; the rest are read
 * from the stack's Secrets Manager secrets (infra/lib/edge-trust.ts names them).
 */
export interface LocalStackTarget {
  /** LocalStack's endpoint, e.g. http://localhost:4566. */
  endpoint: string;
  region: string;
  /** The stage the stacks were deployed as (`-c stage=`; dev by default). */
  stage: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

export const edgeSecretNames = (stage: string) => ({
  ORIGIN_SECRET: physicalName(stage, 'edge-origin-secret'),
  VIEWER_SIGNING_SECRET: physicalName(stage, 'edge-viewer-signing-secret'),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/** AWS Signature V4 headers of a JSON-protocol POST (what the SDK sends; no SDK client for this one call). */
export function signedJsonPost(
  url: URL,
  target: string,
  body: string,
  at: Date,
  credentials: { region: string; service: string; accessKeyId: string; secretAccessKey: string },
): Record<string, string> {
  const amzDate = at.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    'content-type': 'application/x-amz-json-1.1',
    host: url.host,
    'x-amz-date': amzDate,
    'x-amz-target': target,
  };
  const names = Object.keys(headers).sort();
  const canonical = [
    'POST',
    url.pathname || '/',
    '',
    ...names.map((n) => `${n}:${headers[n]}`),
    '',
    names.join(';'),
    sha256(body),
  ].join('\n');
  const scope = `${day}/${credentials.region}/${credentials.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = [day, credentials.region, credentials.service, 'aws4_request'].reduce<Buffer>(
    (k, part) => hmac(k, part),
    Buffer.from(`AWS4${credentials.secretAccessKey}`),
  );
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  };
}

async function secretValue(target: LocalStackTarget, secretId: string): Promise<string> {
  const url = new URL('/', target.endpoint);
  const body = JSON.stringify({ SecretId: secretId });
  const res = await fetch(url, {
    method: 'POST',
    headers: signedJsonPost(url, 'secretsmanager.GetSecretValue', body, new Date(), {
      region: target.region,
      service: 'secretsmanager',
      accessKeyId: target.accessKeyId ?? 'test',
      secretAccessKey: target.secretAccessKey ?? 'test',
    }),
    body,
  });
  const answer = (await res.json().catch(() => ({}))) as { SecretString?: unknown; message?: string };
  if (!res.ok || typeof answer.SecretString !== 'string') {
    throw new Error(
      `LocalStack has no secret ${secretId} (HTTP ${res.status}${answer.message ? `: ${answer.message}` : ''}); ` +
        'deploy the api stack (npm run localstack:deploy) or set ORIGIN_SECRET and VIEWER_SIGNING_SECRET',
    );
  }
  return answer.SecretString;
}

/** ORIGIN_SECRET and VIEWER_SIGNING_SECRET of the LocalStack deployment. */
export async function localStackEdgeSecrets(
  target: LocalStackTarget,
  given: Readonly<Record<string, string | undefined>> = {},
): Promise<{ ORIGIN_SECRET: string; VIEWER_SIGNING_SECRET: string }> {
  const names = edgeSecretNames(target.stage);
  const [origin, viewer] = await Promise.all(
    (['ORIGIN_SECRET', 'VIEWER_SIGNING_SECRET'] as const).map((v) => given[v] || secretValue(target, names[v])),
  );
  return { ORIGIN_SECRET: origin!, VIEWER_SIGNING_SECRET: viewer! };
}
