import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient } from '@aws-sdk/client-sfn';
import { KMSClient } from '@aws-sdk/client-kms';
import { config } from './config.js';

/**
 * The one factory for AWS SDK clients. Endpoints come from validated config, so the same code talks
 * to the embedded local cloud, LocalStack or AWS.
 */
/** The AWS services the platform calls. */
export type AwsService = 'dynamodb' | 's3' | 'stepfunctions' | 'kms';

/** Any client the factory makes: each has the SDK v3 middleware stack a hook may add to. */
export type AwsClient = DynamoDBClient | S3Client | SFNClient | KMSClient;

/**
 * Adds middleware to each client the factory makes. Unset in every deployment: only a test harness sets
 * one (e.g. fault injection, infra/local/fault-injection.ts), so production clients are the SDK's own.
 */
export type ClientHook = (service: AwsService, client: AwsClient) => void;

let hook: ClientHook | undefined;

/** Sets (or with undefined removes) the client hook; clients made before are dropped so the next call gets it. */
export function setClientHook(next: ClientHook | undefined): void {
  hook = next;
  resetClients();
}

function made<T extends AwsClient>(service: AwsService, client: T): T {
  hook?.(service, client);
  return client;
}

let dynamo: DynamoDBDocumentClient | undefined;
let s3: S3Client | undefined;
let sfn: SFNClient | undefined;
let kms: KMSClient | undefined;

export function dynamoClient(): DynamoDBDocumentClient {
  const c = config();
  dynamo ??= DynamoDBDocumentClient.from(
    made('dynamodb', new DynamoDBClient({ region: c.AWS_REGION, endpoint: c.AWS_ENDPOINT_URL_DYNAMODB })),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return dynamo;
}

export function s3Client(): S3Client {
  const c = config();
  s3 ??= made(
    's3',
    new S3Client({
      region: c.AWS_REGION,
      endpoint: c.AWS_ENDPOINT_URL_S3,
      forcePathStyle: c.AWS_ENDPOINT_URL_S3 !== undefined,
      // Flexible checksums would frame stream bodies as aws-chunked; s3rver stores that framing verbatim.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  );
  return s3;
}

export function sfnClient(): SFNClient {
  const c = config();
  sfn ??= made('stepfunctions', new SFNClient({ region: c.AWS_REGION, endpoint: c.AWS_ENDPOINT_URL_SFN }));
  return sfn;
}

export function kmsClient(): KMSClient {
  const c = config();
  kms ??= made('kms', new KMSClient({ region: c.AWS_REGION, endpoint: c.AWS_ENDPOINT_URL_KMS }));
  return kms;
}

/** Drops cached clients (the local cloud calls this when it restarts on new ports). */
export function resetClients(): void {
  dynamo?.destroy();
  s3?.destroy();
  sfn?.destroy();
  kms?.destroy();
  dynamo = s3 = sfn = kms = undefined;
}
