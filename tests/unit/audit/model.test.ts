import { describe, expect, it } from 'vitest';
import { auditEntryInput, containsIdNumber, maskUsername } from '../../../functions/src/audit/model.js';

const entry = {
  actor: { sub: '0b7c6d1e-1111-4222-8333-444455556666', username: 'officer1', roles: ['officer'] },
  action: 'cases.create',
  resource: { type: 'case', id: '7d0f0c6e-91a4-4b7e-8a55-0c4d1f2e3a4b' },
  outcome: 'succeeded',
  requestId: 'c0ffee00-aaaa-4bbb-8ccc-123456789012',
  sourceIp: '203.0.113.7',
};

describe('the audit entry schema', () => {
  it('accepts an ordinary entry with IPv6 source and small details', () => {
    expect(
      auditEntryInput.safeParse({ ...entry, sourceIp: '::ffff:127.0.0.1', details: { reason: 'wrong-audience' } })
        .success,
    ).toBe(true);
  });

  it('knows a resident ID number by its check digit', () => {
    expect(containsIdNumber('11010519491231002X')).toBe(true);
    expect(containsIdNumber('110105194912310021')).toBe(false);
  });

  it.each([
    ['an ID number as resource id', { resource: { type: 'person', id: '11010519491231002X' } }],
    ['a phone number as resource id', { resource: { type: 'person', id: '13800138000' } }],
    ['a name as resource id', { resource: { type: 'person', id: '陈小明' } }],
    ['a phone number in details', { details: { note: 'call 13800138000' } }],
    ['an e-mail address in details', { details: { to: 'a.b@example.com' } }],
    ['a name in details', { details: { name: '陈小明' } }],
    ['more than 10 details', { details: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])) }],
    ['an unknown outcome', { outcome: 'maybe' }],
    ['an action that is not dotted', { action: 'create' }],
  ])('refuses %s', (_, change) => {
    expect(auditEntryInput.safeParse({ ...entry, ...change }).success).toBe(false);
  });

  it('masks a username that is itself a phone number or e-mail address', () => {
    expect(maskUsername('13800138000')).toBe('138****8000');
    expect(maskUsername('citizen@example.com')).toBe('cit****.com');
    expect(maskUsername('officer1')).toBe('officer1');
    expect(auditEntryInput.parse({ ...entry, actor: { ...entry.actor, username: '13800138000' } }).actor.username).toBe(
      '138****8000',
    );
  });
});

describe('route ids as audit actions', () => {
  it('accepts every route id, since a request is audited under its route id (platform/request-audit.ts)', async () => {
    const { routes } = await import('../../../functions/src/routes.js');
    const refused = routes.filter((r) => !auditEntryInput.safeParse({ ...entry, action: r.id }).success);
    expect(refused.map((r) => r.id)).toEqual([]);
  });
});
