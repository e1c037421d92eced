import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { StageSettings } from './settings.js';

/** Acknowledges an AwsSolutions finding (`rule` like `IAM5[Resource::*]`) on a construct and its children. */
export function acknowledgeAwsSolutions(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::AwsSolutions-${rule}`, reason });
}

/** Acknowledges a NIST 800-53 R5 finding (`rule` like `LambdaDLQ`) on a construct and its children. */
export function acknowledgeNist(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `NIST.800.53.R5::NIST.800.53.R5-${rule}`, reason });
}

/**
 * The three NIST Lambda rules that a VPC-less, synchronously invoked serverless function cannot meet
 * without making it worse. Applied to each function by name, never to a whole stack.
 */
export function acknowledgeServerlessBaseline(
  fn: IConstruct,
  settings: StageSettings,
  reservedConcurrency = settings.reservedConcurrency,
): void {
  acknowledgeNist(
    fn,
    'LambdaInsideVPC',
    'The function reaches only AWS APIs (DynamoDB, S3, Step Functions, KMS) over TLS with IAM authorization and has no private network resources to reach; a VPC would add NAT/endpoint cost and cold-start latency without narrowing access, which IAM least privilege already limits.',
  );
  acknowledgeNist(
    fn,
    'LambdaDLQ',
    'The function is only invoked synchronously (API Gateway, CloudFront, or Step Functions tasks with Retry/Catch); a dead-letter queue applies to asynchronous invocations only, so it would never receive a message.',
  );
  if (reservedConcurrency === undefined) {
    acknowledgeNist(
      fn,
      'LambdaConcurrency',
      'Reserved concurrency is opt-in per deployment (context reservedConcurrency): reserving it per function in an account whose quota is unknown at synth time can fail the deployment or starve other functions. Load is bounded by the HTTP API stage throttle and the WAF rate rules instead.',
    );
  }
}
