import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';

describe('GET /api/health', () => {
  it('reports every dependency up on the local cloud', async () => {
    const res = await api('GET', '/api/health');

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    for (const name of ['dynamodb', 's3', 'stepfunctions']) {
      expect(res.body.dependencies[name].status, name).toBe('up');
      expect(res.body.dependencies[name].latencyMs).toBeGreaterThanOrEqual(0);
    }
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
