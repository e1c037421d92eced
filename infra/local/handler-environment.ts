import { allBuckets, allTables, physicalName } from '../../functions/src/platform/resources.js';
import { workflows } from '../../workflows/index.js';
import { localAccountId, localCredentials, localRegion, localStage } from './constants.js';

/** The variables every function reads (functions/src/platform/config.ts), pointing at the local cloud. */
export function handlerEnvironment(
  endpoints: { dynamodb: string; s3: string; stepfunctions: string },
  origin: string,
  masterKey: string,
  edgeSecrets: { ORIGIN_SECRET: string; VIEWER_SIGNING_SECRET: string },
): Record<string, string> {
  const stateMachineArn = (id: string) =>
    `arn:aws:states:${localRegion}:${localAccountId}:stateMachine:${physicalName(localStage, id)}`;
  return {
    STAGE: localStage,
    AWS_REGION: localRegion,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_SFN: endpoints.stepfunctions,
    PUBLIC_ORIGIN: origin,
    NOTIFIER: 'outbox',
    // Data sharing change events: the local stand-in of the EventBridge bus (infra/local/event-bus.ts).
    CHANGE_EVENTS: 'local',
    // Queue subscriptions' queues: files in the data folder (infra/local/subscription-queues.ts) instead of SQS.
    SUBSCRIPTION_QUEUES: 'local',
    // Consumers under development run next to the local cloud: their plain-http webhooks on this machine are allowed.
    WEBHOOK_ALLOWED_HOSTS: 'localhost,127.0.0.1',
    // Machine clients of department systems: the local identity provider checks their secrets' hashes in our table.
    MACHINE_CLIENTS: 'local',
    // Personal data: envelope encryption and blind indexes with a local master key instead of KMS.
    KEY_SERVICE: 'local',
    LOCAL_MASTER_KEY: masterKey,
    // E-certificates: P-256 signing keys derived from the same master key instead of KMS asymmetric keys.
    CERT_SIGNER: 'local',
    // No GuardDuty locally: uploaded materials get the type and size checks only, recorded as such.
    MALWARE_SCAN: 'local',
    // No provincial identity service locally: real-name verification checks the base person registry.
    REAL_NAME_VERIFIER: 'local',
    // No CloudWatch locally: business metrics (functions/src/platform/metrics.ts) would only be JSON lines in the console.
    POWERTOOLS_METRICS_DISABLED: 'true',
    // The edge's X-Origin-Verify value and the portal's viewer signing key (Secrets Manager on AWS).
    ...edgeSecrets,
    ...Object.fromEntries(allTables.map((t) => [t.envVar, physicalName(localStage, t.id)])),
    ...Object.fromEntries(allBuckets.map((b) => [b.envVar, physicalName(localStage, b.id)])),
    ...Object.fromEntries(workflows.map((w) => [w.envVar, stateMachineArn(w.id)])),
  };
}
