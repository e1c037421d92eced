import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeSecretNames, localStackEdgeSecrets } from '../../support/localstack.js';

/**
 * TEST_TARGET=localstack is wired like the local cloud: the integration tests hold both edge secrets, read
 * from the deployed stack's Secrets Manager secrets when the environment does not give them. A stand-in for
 * LocalStack's Secrets Manager records what the helper asked.
 */
const stored: Record<string, string> = {
  'yuexiu-dev-edge-origin-secret': 'o'.repeat(64),
  'yuexiu-dev-edge-viewer-signing-secret': 'v'.repeat(64),
};
const asked: { target?: string; authorization?: string; secretId: string }[] = [];
let server: http.Server;
let endpoint = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      const { SecretId } = JSON.parse(text) as { SecretId: string };
      asked.push({
        target: req.headers['x-amz-target'] as string,
        authorization: req.headers.authorization,
        secretId: SecretId,
      });
      const value = stored[SecretId];
      res.writeHead(value ? 200 : 400, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(
        JSON.stringify(
          value
            ? { Name: SecretId, SecretString: value }
            : { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the LocalStack target’s edge secrets', () => {
  it('names the secrets the api stack creates (infra/lib/edge-trust.ts)', () => {
    expect(edgeSecretNames('dev')).toEqual({
      ORIGIN_SECRET: 'yuexiu-dev-edge-origin-secret',
      VIEWER_SIGNING_SECRET: 'yuexiu-dev-edge-viewer-signing-secret',
    });
  });

  it('reads both from Secrets Manager with a signed GetSecretValue (the AWS SDK’s client)', async () => {
    asked.length = 0;
    const secrets = await localStackEdgeSecrets({ endpoint, region: 'ap-east-1', stage: 'dev' });
    expect(secrets).toEqual({ ORIGIN_SECRET: 'o'.repeat(64), VIEWER_SIGNING_SECRET: 'v'.repeat(64) });
    expect(asked.map((a) => a.secretId).sort()).toEqual(Object.keys(stored).sort());
    for (const a of asked) {
      expect(a.target).toBe('secretsmanager.GetSecretValue');
      expect(a.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/ap-east-1\/secretsmanager\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
      );
    }
  });

  it('takes what the environment gives and asks only for the rest', async () => {
    asked.length = 0;
    const secrets = await localStackEdgeSecrets(
      { endpoint, region: 'ap-east-1', stage: 'dev' },
      { ORIGIN_SECRET: 'given-origin-secret-given-origin-secret' },
    );
    expect(secrets.ORIGIN_SECRET).toBe('given-origin-secret-given-origin-secret');
    expect(asked.map((a) => a.secretId)).toEqual(['yuexiu-dev-edge-viewer-signing-secret']);
  });

  it('says what to do when the stack is not deployed', async () => {
    await expect(localStackEdgeSecrets({ endpoint, region: 'ap-east-1', stage: 'qa' })).rejects.toThrow(
      /no secret yuexiu-qa-edge-origin-secret .*npm run localstack:deploy/,
    );
  });
});
