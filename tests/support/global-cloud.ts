import http from 'node:http';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { DEMO_PASSWORD, demoUsers } from '../../infra/local/identity/demo-users.js';
import { originVerifyHeader } from '../../functions/src/platform/edge-trust.js';
import { localStackEdgeSecrets } from './localstack.js';
import { totpFor } from './totp.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cloud: {
      origin: string;
      env: Record<string, string>;
      tokens: Record<string, string>;
      dataDir?: string;
      /** The local API gateway behind the edge (tests/support/edge.ts). */
      apiOrigin?: string;
      /**
       * Headers every call adds because no edge stands in front of the API (LocalStack without CloudFront):
       * X-Origin-Verify, as CloudFront's custom origin header would (tests/support/api.ts).
       */
      edgeHeaders?: Record<string, string>;
    };
  }
}

/**
 * Starts one embedded local cloud (fresh data folder, free ports) for the integration project, or
 * points the same tests at LocalStack with TEST_TARGET=localstack (see README).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_TARGET === 'localstack') {
    const origin = process.env.API_ORIGIN;
    if (!origin) throw new Error('TEST_TARGET=localstack needs API_ORIGIN: the HTTP API URL that cdklocal printed');
    // Wired as the local cloud is: the tests hold both edge secrets (from the environment, else from the
    // stack's Secrets Manager secrets) and, with no CloudFront in front, send X-Origin-Verify as it would.
    const env = await localStackEdgeSecrets(
      {
        endpoint: process.env.AWS_ENDPOINT_URL ?? 'http://localhost:4566',
        region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'ap-east-1',
        stage: process.env.STAGE ?? 'dev',
        ...(process.env.AWS_ACCESS_KEY_ID ? { accessKeyId: process.env.AWS_ACCESS_KEY_ID } : {}),
        ...(process.env.AWS_SECRET_ACCESS_KEY ? { secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY } : {}),
      },
      process.env,
    );
    project.provide('cloud', { origin, env, tokens: {}, edgeHeaders: { [originVerifyHeader]: env.ORIGIN_SECRET } });
    return;
  }
  // Hundreds of tests upload as the same demo users without submitting: the pending-upload quota (50 in every
  // deployment) is raised for this shared cloud; tests/integration/upload-quota.test.ts reads the value.
  process.env.PENDING_UPLOAD_LIMIT = '400';
  const cloud = await startEphemeralCloud({
    web: false,
    clockControl: true,
    faultControl: true,
    // The suite's bursts on this shared machine must not meet 503s; tests/unit/platform/admission.test.ts covers it.
    admission: false,
    // Thousands of fixture writes come from a handful of demo users (spread over many addresses by
    // tests/support/api.ts): each user's own budget is raised; the per-address limits stay the WAF's.
    subjectRateScale: 50,
  });
  // Sign every demo user in once. The sign-in rate limit (20 per 5 minutes per IP) applies to tests too, and
  // there are more demo users than that: each signs in from its own loopback address.
  const tokens: Record<string, string> = {};
  for (const [i, user] of demoUsers.entries()) {
    tokens[user.username] = await signIn(cloud.origin, user.username, `127.0.3.${(i % 250) + 1}`);
  }
  project.provide('cloud', {
    origin: cloud.origin,
    env: { ...cloud.env, PENDING_UPLOAD_LIMIT: process.env.PENDING_UPLOAD_LIMIT },
    tokens,
    dataDir: cloud.dataDir,
    apiOrigin: cloud.endpoints.api,
  });
  return async () => {
    await cloud.stop();
  };
}

/**
 * Signs a demo user in through the local identity provider's password shortcut, from `localAddress`, with
 * the authenticator code of users with MFA on (staff, citizen4).
 */
function signIn(origin: string, username: string, localAddress: string): Promise<string> {
  const url = new URL('/api/auth/local/token', origin);
  const body = JSON.stringify({ username, password: DEMO_PASSWORD, totp: totpFor(username) });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { host: url.host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        localAddress,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`demo sign-in of ${username} failed: ${res.statusCode}`));
          resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { access_token: string }).access_token);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
