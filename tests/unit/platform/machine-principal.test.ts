import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '../../../functions/src/platform/principal.js';
import { clientScopeFor, scopeFor } from '../../../functions/src/platform/route-table.js';
import { routes } from '../../../functions/src/routes.js';

/** Department systems with client credentials (issue 15, item 3): their tokens and the routes that admit them. */

const clientClaims = {
  sub: 'yx-market-supervision-1a2b3c4d',
  client_id: 'yx-market-supervision-1a2b3c4d',
  token_use: 'access',
  scope: 'yuexiu-data/records.read',
};

const route = (id: string) => routes.find((r) => r.id === id)!;

describe('machine principals', () => {
  it('reads a client-credentials token as a system of no role, with its scopes', () => {
    expect(principalFromClaims(clientClaims)).toEqual({
      sub: clientClaims.sub,
      username: `client:${clientClaims.sub}`,
      roles: [],
      client: { clientId: clientClaims.sub, scopes: ['yuexiu-data/records.read'] },
    });
  });

  it('keeps a person’s token a person’s, whatever its scope', () => {
    const person = principalFromClaims({
      sub: 'u-1',
      username: 'officer2',
      client_id: 'portal',
      token_use: 'access',
      'cognito:groups': ['officer'],
      scope: 'openid',
    });
    expect(person?.client).toBeUndefined();
    expect(person?.roles).toEqual(['officer']);
  });

  it('admits a system only on routes naming its scope, with its department’s reach', () => {
    expect(clientScopeFor(route('data-sharing.extractRecords'), ['yuexiu-data/records.read'])).toBe('department');
    expect(clientScopeFor(route('data-sharing.extractRecords'), ['openid'])).toBeUndefined();
    expect(clientScopeFor(route('data-sharing.createRequest'), ['yuexiu-data/records.read'])).toBeUndefined();
    expect(scopeFor(route('data-sharing.extractRecords'), [])).toBeUndefined();
  });

  it('admits systems on no route but the extraction, their own subscriptions to change events and their queues', () => {
    const admitting = routes.filter((r) => 'roles' in r.access && 'clientScopes' in r.access).map((r) => r.id);
    expect(admitting.sort()).toEqual(
      [
        'data-sharing.extractRecords',
        'data-sharing.createSubscription',
        'data-sharing.listSubscriptions',
        'data-sharing.deleteSubscription',
        'data-sharing.receiveMessages',
        'data-sharing.acknowledgeMessages',
      ].sort(),
    );
  });
});
