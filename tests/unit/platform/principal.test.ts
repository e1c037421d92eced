import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '../../../functions/src/platform/principal.js';

describe('principalFromClaims', () => {
  it("reads API Gateway's flattened group claim", () => {
    const p = principalFromClaims({
      sub: 's1',
      username: 'head1',
      'cognito:groups': '[officer head]',
      'custom:department': 'civil-affairs',
    });
    expect(p).toEqual({
      sub: 's1',
      username: 'head1',
      roles: ['officer', 'head'],
      department: 'civil-affairs',
      street: undefined,
    });
  });

  it('reads an array group claim and drops unknown groups', () => {
    const p = principalFromClaims({ sub: 's2', 'cognito:groups': ['citizen', 'root'] });
    expect(p?.roles).toEqual(['citizen']);
    expect(p?.username).toBe('s2');
  });

  it('gives no principal without a subject', () => {
    expect(principalFromClaims({ 'cognito:groups': '[admin]' })).toBeUndefined();
    expect(principalFromClaims(undefined)).toBeUndefined();
  });
});
