import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
} from '@aws-sdk/client-dynamodb';
import { GetBucketCorsCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBuckets, physicalName } from '../../functions/src/platform/resources.js';
import { localAccountId, localCredentials, localRegion } from '../../infra/local/constants.js';
import { startDynamo, type RunningDynamo } from '../../infra/local/dynamodb.js';
import { freePort } from '../../infra/local/ports.js';
import { provision } from '../../infra/local/provision.js';
import { startS3, type RunningS3 } from '../../infra/local/s3.js';
import { localStateMachines } from '../../infra/local/state-machines.js';
import { renderStateMachines } from '../../infra/local/stepfunctions/render.js';
import { resourcesOfType, synthesize } from './synth.js';

/**
 * No drift between the clouds: the CDK app is synthesized, the local cloud provisions a fresh
 * DynamoDB Local and s3rver, and what the local cloud created is compared with the template.
 */
const stage = 'local';
const origin = 'http://localhost:3000';
let templates: Record<string, any>;
let dir: string;
let dynamo: RunningDynamo;
let s3: RunningS3;
let dynamoClient: DynamoDBClient;
let s3Client: S3Client;

const sortBy = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
const keySchema = (ks: Array<{ AttributeName?: string; KeyType?: string }>) =>
  ks.map((k) => `${k.AttributeName}:${k.KeyType}`).join(',');

beforeAll(async () => {
  templates = synthesize(stage).templates;
  dir = mkdtempSync(path.join(tmpdir(), 'yuexiu-drift-'));
  [dynamo, s3] = await Promise.all([
    startDynamo(path.join(dir, 'dynamodb'), await freePort()),
    startS3(path.join(dir, 's3'), await freePort(), stage, origin),
  ]);
  const aws = { region: localRegion, credentials: localCredentials };
  dynamoClient = new DynamoDBClient({ ...aws, endpoint: dynamo.endpoint });
  s3Client = new S3Client({ ...aws, endpoint: s3.endpoint, forcePathStyle: true });
  await provision(stage, dynamoClient, s3Client);
});

afterAll(async () => {
  dynamoClient?.destroy();
  s3Client?.destroy();
  await Promise.all([dynamo?.stop(), s3?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('no drift between the CDK app and the local cloud', () => {
  it('creates exactly the tables of the template', async () => {
    const inTemplate = resourcesOfType(templates, 'AWS::DynamoDB::Table').map((t) => t.resource.Properties.TableName);
    const local = (await dynamoClient.send(new ListTablesCommand({}))).TableNames ?? [];
    expect(sortBy(local, (x) => x)).toEqual(sortBy(inTemplate, (x) => x));
  });

  it('gives every table the keys, attributes, indexes and TTL of the template', async () => {
    for (const { resource } of resourcesOfType(templates, 'AWS::DynamoDB::Table')) {
      const p = resource.Properties;
      const { Table: t } = await dynamoClient.send(new DescribeTableCommand({ TableName: p.TableName }));
      expect(keySchema(t!.KeySchema!), p.TableName).toBe(keySchema(p.KeySchema));
      expect(
        sortBy(t!.AttributeDefinitions!, (a) => a.AttributeName!),
        p.TableName,
      ).toEqual(sortBy(p.AttributeDefinitions, (a: { AttributeName: string }) => a.AttributeName));
      const localIndexes = (t!.GlobalSecondaryIndexes ?? []).map((i) => ({
        name: i.IndexName,
        keys: keySchema(i.KeySchema!),
        projection: i.Projection!.ProjectionType,
      }));
      const templateIndexes = (p.GlobalSecondaryIndexes ?? []).map((i: any) => ({
        name: i.IndexName,
        keys: keySchema(i.KeySchema),
        projection: i.Projection.ProjectionType,
      }));
      expect(
        sortBy(localIndexes, (i) => i.name!),
        p.TableName,
      ).toEqual(sortBy(templateIndexes, (i: any) => i.name));
      const ttl = await dynamoClient.send(new DescribeTimeToLiveCommand({ TableName: p.TableName }));
      const localTtl =
        ttl.TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED' ? ttl.TimeToLiveDescription.AttributeName : undefined;
      expect(localTtl, `${p.TableName} TTL`).toBe(
        p.TimeToLiveSpecification?.Enabled ? p.TimeToLiveSpecification.AttributeName : undefined,
      );
    }
  });

  it('creates the buckets of the template, with the same CORS methods', async () => {
    const tagged = resourcesOfType(templates, 'AWS::S3::Bucket').filter((b) =>
      (b.resource.Properties.Tags ?? []).some((t: { Key: string }) => t.Key === 'yuexiu:bucket'),
    );
    const idOf = (b: (typeof tagged)[number]) =>
      b.resource.Properties.Tags.find((t: { Key: string }) => t.Key === 'yuexiu:bucket').Value as string;
    expect(tagged.map(idOf).sort()).toEqual(allBuckets.map((b) => b.id).sort());

    const local = ((await s3Client.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name);
    for (const bucket of tagged) {
      const name = physicalName(stage, idOf(bucket));
      expect(local).toContain(name);
      const templateRules = bucket.resource.Properties.CorsConfiguration?.CorsRules ?? [];
      const cors = await s3Client.send(new GetBucketCorsCommand({ Bucket: name })).catch(() => ({ CORSRules: [] }));
      expect(
        (cors.CORSRules ?? []).map((r) => [...(r.AllowedMethods ?? [])].sort()),
        name,
      ).toEqual(templateRules.map((r: { AllowedMethods: string[] }) => [...r.AllowedMethods].sort()));
    }
  });

  it('runs exactly the state-machine definitions of the template', async () => {
    const fromTemplate = renderStateMachines(Object.values(templates), {
      region: localRegion,
      accountId: localAccountId,
    });
    const names = resourcesOfType(templates, 'AWS::StepFunctions::StateMachine').map(
      (m) => m.resource.Properties.StateMachineName,
    );
    expect(fromTemplate.map((m) => m.name).sort()).toEqual(names.sort());
    // What the local cloud loads (possibly from its cache) is what the template defines.
    expect(sortBy(await localStateMachines(stage), (m) => m.name)).toEqual(sortBy(fromTemplate, (m) => m.name));
  });
});
