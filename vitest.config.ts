import { defineConfig } from 'vitest/config';

/**
 * One Vitest project per test layer (tests/<layer>). Integration and workflow tests start the
 * embedded local cloud themselves (tests/support/global-cloud.ts).
 */
/**
 * Handlers log at INFO in production; tests keep only warnings and errors — in the workers and in
 * this process, where the global setup runs the local cloud (its logger is made at import). Business metrics
 * are off, as on the local cloud; tests/support/emf.ts switches them on to read them.
 */
const quietLogs = { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'true' };
process.env.POWERTOOLS_LOG_LEVEL ??= quietLogs.POWERTOOLS_LOG_LEVEL;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          env: quietLogs,
        },
      },
      {
        test: {
          name: 'workflows',
          include: ['tests/workflows/**/*.test.ts'],
          environment: 'node',
          env: quietLogs,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          env: quietLogs,
          globalSetup: ['tests/support/global-cloud.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One worker runs the files one after another against the one local cloud, reusing its imported modules
          // (the tests reach the cloud over HTTP; isolating each file only re-imported the same code, ~6 s a file).
          // A group of its own: vitest runs it after the parallel layers when they share a process (.ci/run runs
          // it in a process of its own beside them).
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          environment: 'node',
          env: quietLogs,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
