import * as iam from 'aws-cdk-lib/aws-iam';
import type * as cognito from 'aws-cdk-lib/aws-cognito';

/**
 * Where department systems' machine clients live on AWS (functions/src/data-sharing/client-directory/cognito.ts):
 * app clients of the staff pool, whose tokens come from the pool domain's token endpoint.
 */
export interface MachineClientPool {
  readonly pool: cognito.IUserPool;
  /** `https://<domain>.auth.<region>.amazoncognito.com/oauth2/token`. */
  readonly tokenUrl: string;
}

/** The configuration of a function that manages machine clients (functions/src/platform/config.ts). */
export function machineClientEnvironment(where: MachineClientPool): Record<string, string> {
  return {
    MACHINE_CLIENTS: 'cognito',
    MACHINE_CLIENT_POOL_ID: where.pool.userPoolId,
    MACHINE_CLIENT_TOKEN_URL: where.tokenUrl,
  };
}

/** The Cognito actions of client-directory/cognito.ts, exactly, on the staff pool only. */
export const machineClientActions = [
  'cognito-idp:CreateUserPoolClient',
  'cognito-idp:DeleteUserPoolClient',
  'cognito-idp:AddUserPoolClientSecret',
  'cognito-idp:DeleteUserPoolClientSecret',
  'cognito-idp:ListUserPoolClientSecrets',
].sort();

export function grantMachineClients(policy: iam.ManagedPolicy, where: MachineClientPool): void {
  policy.addStatements(
    new iam.PolicyStatement({
      sid: 'ManageMachineClients',
      actions: machineClientActions,
      resources: [where.pool.userPoolArn],
    }),
  );
}
