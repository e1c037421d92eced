import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startEphemeralCloud } from '../../infra/local/cloud.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cloud: { origin: string; env: Record<string, string> };
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
    project.provide('cloud', { origin, env: {} });
    return;
  }
  const cloud = await startEphemeralCloud({ web: false });
  project.provide('cloud', { origin: cloud.origin, env: cloud.env });
  return async () => {
    await cloud.stop();
  };
}
