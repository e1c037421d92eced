import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn';
import { dynamoClient, s3Client, sfnClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';

export interface DependencyState {
  status: 'up' | 'down';
  latencyMs: number;
}

async function probe(check: () => Promise<unknown>): Promise<DependencyState> {
  const started = performance.now();
  try {
    await check();
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'down', latencyMs: Math.round(performance.now() - started) };
  }
}

/** Probes every dependency in parallel; the platform is `ok` only when all are up. */
export async function checkHealth() {
  const c = config();
  const [dynamodb, s3, stepfunctions] = await Promise.all([
    probe(() => dynamoClient().send(new DescribeTableCommand({ TableName: c.tables.core }))),
    probe(() => s3Client().send(new HeadBucketCommand({ Bucket: c.buckets.documents }))),
    probe(() =>
      sfnClient().send(new DescribeStateMachineCommand({ stateMachineArn: c.stateMachines['case-approval'] })),
    ),
  ]);
  const dependencies = { dynamodb, s3, stepfunctions };
  const ok = Object.values(dependencies).every((d) => d.status === 'up');
  return { status: ok ? 'ok' : 'degraded', stage: c.STAGE, dependencies } as const;
}
