import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesize, type SynthesizedApp } from './synth.js';

/**
 * Issue 10 §1: no user can widen their own scope. The attributes the API trusts (custom:department,
 * custom:street, custom:uscc) are set by administrators only; the portal clients allow only the hosted UI's
 * code grant and refresh, so nobody can sign in by SRP and call UpdateUserAttributes on themselves.
 */
let app: SynthesizedApp;
let auth: Template;

beforeAll(() => {
  app = synthesize('dev');
  auth = Template.fromStack(app.stacks.auth);
}, 300_000);

const pools = () => Object.entries<any>(auth.findResources('AWS::Cognito::UserPool'));
const allClients = () => Object.entries<any>(auth.findResources('AWS::Cognito::UserPoolClient'));
/** The portal's clients (people sign in through them); department systems' machine clients have no users. */
const clients = () => allClients().filter(([, c]) => c.Properties.ClientName === 'portal');
const machineClients = () => allClients().filter(([, c]) => c.Properties.ClientName !== 'portal');
const poolIdOf = (name: string) => {
  const found = pools().find(([, pool]) => String(pool.Properties.UserPoolName).endsWith(`-${name}`));
  if (!found) throw new Error(`no ${name} pool`);
  return found[0];
};

describe('the user pools keep scope attributes out of users’ hands', () => {
  it('gives every portal client explicit auth flows: refresh only, no SRP, password or custom auth', () => {
    expect(clients()).toHaveLength(2);
    for (const [id, client] of clients()) {
      expect(client.Properties.ExplicitAuthFlows, id).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
      expect(client.Properties.AllowedOAuthFlows, id).toEqual(['code']);
    }
  });

  it('declares no app client for a department system: each is registered at run time, mapped to its department', () => {
    expect(machineClients()).toEqual([]);
    // What those clients are granted: the staff pool's data resource server and its scope.
    const servers = Object.values<any>(auth.findResources('AWS::Cognito::UserPoolResourceServer'));
    expect(servers).toHaveLength(1);
    expect(servers[0].Properties.Identifier).toBe('yuexiu-data');
    expect(JSON.stringify(servers[0].Properties.UserPoolId)).toContain(poolIdOf('staff'));
    expect(servers[0].Properties.Scopes.map((s: { ScopeName: string }) => s.ScopeName)).toEqual(['records.read']);
  });

  it('lets no client write any custom attribute (writeAttributes set, no custom:*)', () => {
    for (const [id, client] of clients()) {
      const writable: string[] | undefined = client.Properties.WriteAttributes;
      expect(writable, `${id} must list its writable attributes (unset means all)`).toBeDefined();
      expect(writable!.length, id).toBeGreaterThan(0);
      expect(
        writable!.filter((a) => a.startsWith('custom:')),
        id,
      ).toEqual([]);
    }
  });

  it('makes department and street immutable in the staff pool, so only account creation sets them', () => {
    const staff = auth.toJSON().Resources[poolIdOf('staff')];
    const schema: { Name: string; Mutable?: boolean }[] = staff.Properties.Schema;
    for (const name of ['department', 'street']) {
      const attribute = schema.find((a) => a.Name === name);
      expect(attribute, name).toBeDefined();
      expect(attribute!.Mutable, name).toBe(false);
    }
  });

  it('gives staff no writable name or e-mail, and citizens only their contact details', () => {
    const byPool = Object.fromEntries(
      clients().map(([, c]) => [JSON.stringify(c.Properties.UserPoolId), c.Properties.WriteAttributes as string[]]),
    );
    const staffWritable = byPool[JSON.stringify({ Ref: poolIdOf('staff') })];
    const citizenWritable = byPool[JSON.stringify({ Ref: poolIdOf('citizens') })];
    expect(staffWritable).toBeDefined();
    expect(staffWritable).not.toContain('email');
    expect(staffWritable).not.toContain('name');
    expect(citizenWritable).toEqual(expect.arrayContaining(['email', 'phone_number']));
  });
});
