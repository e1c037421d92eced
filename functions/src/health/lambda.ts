import { groupHandler } from '../platform/http-handler.js';
import { checkHealth } from './service.js';

/** GET /api/health — 200 when every dependency is up, 503 otherwise. */
export const handler = groupHandler('health', {
  async get() {
    const health = await checkHealth();
    return { status: health.status === 'ok' ? 200 : 503, body: health };
  },
});
