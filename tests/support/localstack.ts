import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
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

async function secretValue(target: LocalStackTarget, secretId: string): Promise<string> {
  const client = new SecretsManagerClient({
    endpoint: target.endpoint,
    region: target.region,
    credentials: { accessKeyId: target.accessKeyId ?? 'test', secretAccessKey: target.secretAccessKey ?? 'test' },
    maxAttempts: 1,
  });
  try {
    const answer = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (typeof answer.SecretString !== 'string') throw new Error('the secret has no string value');
    return answer.SecretString;
  } catch (error) {
    throw new Error(
      `LocalStack has no secret ${secretId} (${(error as Error).message}); ` +
        'deploy the api stack (npm run localstack:deploy) or set ORIGIN_SECRET and VIEWER_SIGNING_SECRET',
      { cause: error },
    );
  } finally {
    client.destroy();
  }
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
