import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, synthesize, type SynthesizedApp } from './synth.js';

/**
 * Issue 15, item 3 on AWS: the data sharing function registers, rotates and revokes department systems' app clients
 * on the staff pool, and no function may touch any Cognito pool otherwise.
 */
let app: SynthesizedApp;

beforeAll(() => {
  app = synthesize('dev');
}, 300_000);

const functionNamed = (name: string) => {
  const found = resourcesOfType(app.templates, 'AWS::Lambda::Function').filter(
    ({ resource }) => resource.Properties.FunctionName === name,
  );
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

const statementsOf = (stack: string, fn: any): any[] => {
  const template = app.templates[stack];
  const role = template.Resources[fn.Properties.Role['Fn::GetAtt'][0]];
  return role.Properties.ManagedPolicyArns.flatMap(
    (arn: any) => template.Resources[arn.Ref].Properties.PolicyDocument.Statement,
  );
};

const staffPoolId = () => app.stacks.auth.getLogicalId(app.stacks.auth.staff.pool.node.defaultChild as never);

describe('machine clients on the staff pool', () => {
  it('lets the data sharing function manage app clients and their secrets on the staff pool only', () => {
    const { stack, resource } = functionNamed('yuexiu-dev-api-data-sharing');
    const cognito = statementsOf(stack, resource).filter((s) =>
      [s.Action].flat().some((a: string) => a.startsWith('cognito-idp:')),
    );
    expect(cognito).toHaveLength(1);
    expect([cognito[0].Action].flat().sort()).toEqual(
      [
        'cognito-idp:AddUserPoolClientSecret',
        'cognito-idp:CreateUserPoolClient',
        'cognito-idp:DeleteUserPoolClient',
        'cognito-idp:DeleteUserPoolClientSecret',
        'cognito-idp:ListUserPoolClientSecrets',
      ].sort(),
    );
    const resources = [cognito[0].Resource].flat();
    expect(resources).toHaveLength(1);
    const citizenPool = app.stacks.auth.getLogicalId(app.stacks.auth.citizens.pool.node.defaultChild as never);
    expect(JSON.stringify(resources[0])).toContain(staffPoolId());
    expect(JSON.stringify(resources[0])).not.toContain(citizenPool);
    expect(JSON.stringify(resources[0])).not.toContain('*');
  });

  it('configures the Cognito directory with the staff pool and its token endpoint', () => {
    const env = functionNamed('yuexiu-dev-api-data-sharing').resource.Properties.Environment.Variables;
    expect(env.MACHINE_CLIENTS).toBe('cognito');
    expect(JSON.stringify(env.MACHINE_CLIENT_POOL_ID)).toContain(staffPoolId());
    expect(JSON.stringify(env.MACHINE_CLIENT_TOKEN_URL)).toContain('/oauth2/token');
  });

  it('grants no other function any Cognito action', () => {
    for (const { stack, resource } of resourcesOfType(app.templates, 'AWS::Lambda::Function')) {
      if (resource.Properties.FunctionName === 'yuexiu-dev-api-data-sharing') continue;
      if (!resource.Properties.Role?.['Fn::GetAtt']) continue;
      const role = app.templates[stack].Resources[resource.Properties.Role['Fn::GetAtt'][0]];
      const policies = (role?.Properties.ManagedPolicyArns ?? []).filter((arn: any) => arn.Ref);
      const actions = policies.flatMap((arn: any) =>
        app.templates[stack].Resources[arn.Ref].Properties.PolicyDocument.Statement.flatMap((s: any) =>
          [s.Action].flat(),
        ),
      );
      expect(
        actions.filter((a: string) => a.startsWith('cognito-idp:')),
        resource.Properties.FunctionName,
      ).toEqual([]);
    }
  });
});
