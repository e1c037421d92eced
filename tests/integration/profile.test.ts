import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';

describe('DynamoDB round trip: my profile', () => {
  it('returns the demo profile, saves a change and refuses a stale version with 409', async () => {
    const token = await tokenFor('citizen1');
    const before = await api('GET', '/api/me/profile', { token });
    expect(before.status).toBe(200);
    expect(before.body.name).toEqual(expect.any(String));

    const saved = await api('PUT', '/api/me/profile', {
      token,
      body: {
        name: before.body.name,
        phone: '13800138000',
        email: 'citizen1@demo.yuexiu.local',
        version: before.body.version,
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(before.body.version + 1);

    const after = await api('GET', '/api/me/profile', { token });
    expect(after.body).toMatchObject({ phone: '138****8000', version: before.body.version + 1 });

    const stale = await api('PUT', '/api/me/profile', { token, body: { name: 'x', version: before.body.version } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('PROFILE_STALE');
  });

  it('tells who is signed in, with roles and scope from the token', async () => {
    const res = await api('GET', '/api/me', { token: await tokenFor('officer1') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'officer1', roles: ['officer'], department: 'civil-affairs' });
  });
});
