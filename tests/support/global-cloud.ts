import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startEphemeralCloud } from '../../infra/local/cloud.js';
import { DEMO_PASSWORD, demoUsers } from '../../infra/local/identity/demo-users.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cloud: { origin: string; env: Record<string, string>; tokens: Record<string, string>; dataDir?: string };
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
    project.provide('cloud', { origin, env: {}, tokens: {} });
    return;
  }
  const cloud = await startEphemeralCloud({ web: false });
  // Sign every demo user in once: the sign-in rate limit (20 per 5 minutes per IP) applies to tests too.
  const tokens: Record<string, string> = {};
  for (const user of demoUsers) {
    const res = await fetch(`${cloud.origin}/api/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user.username, password: DEMO_PASSWORD }),
    });
    if (!res.ok) throw new Error(`demo sign-in of ${user.username} failed: ${res.status}`);
    tokens[user.username] = ((await res.json()) as { access_token: string }).access_token;
  }
  project.provide('cloud', { origin: cloud.origin, env: cloud.env, tokens, dataDir: cloud.dataDir });
  return async () => {
    await cloud.stop();
  };
}
