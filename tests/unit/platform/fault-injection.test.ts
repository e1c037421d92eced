import { Readable } from 'node:stream';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { faultInjection, seededRandom } from '../../../infra/local/fault-injection.js';

/** A DynamoDB client whose "service" answers every GetItem with an empty item, counting what reaches it. */
function fakeDynamo() {
  const served = { requests: 0 };
  const client = new DynamoDBClient({
    region: 'eu-west-1',
    endpoint: 'http://127.0.0.1:1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    maxAttempts: 3,
    requestHandler: {
      handle: async () => {
        served.requests += 1;
        const body = Buffer.from('{}');
        return {
          response: {
            statusCode: 200,
            headers: { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(body.length) },
            body: Readable.from([body]),
          },
        };
      },
    } as never,
  });
  return { client, served };
}

const get = new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' } } });

describe('fault injection (infra/local/fault-injection.ts)', () => {
  it('fails about the planned share of attempts, before and after the service did the work', async () => {
    // Prepare
    const { client, served } = fakeDynamo();
    const injection = faultInjection({ rate: 0.2, seed: 42 });
    injection.hook('dynamodb', client);

    // Act
    const outcomes = await Promise.allSettled(Array.from({ length: 300 }, () => client.send(get)));

    // Assess: the SDK retried the injected faults, so nearly every call succeeded.
    const figures = injection.figures();
    expect(figures.calls).toBe(300);
    expect(figures.attempts).toBe(figures.calls + (figures.refused + figures.lost) - figures.failedCalls);
    expect((figures.refused + figures.lost) / figures.attempts).toBeGreaterThan(0.12);
    expect((figures.refused + figures.lost) / figures.attempts).toBeLessThan(0.28);
    expect(figures.refused).toBeGreaterThan(0);
    expect(figures.lost).toBeGreaterThan(0);
    // A refused attempt never reached the service; a lost answer did.
    expect(served.requests).toBe(figures.attempts - figures.refused);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(figures.failedCalls);
    client.destroy();
  });

  it('leaves services outside the plan alone', async () => {
    const { client } = fakeDynamo();
    const injection = faultInjection({ rate: 1, services: ['s3'] });
    injection.hook('dynamodb', client);
    await expect(client.send(get)).resolves.toBeDefined();
    expect(injection.figures().attempts).toBe(0);
    client.destroy();
  });

  it('repeats the same choices for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });
});
