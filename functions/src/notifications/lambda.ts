import { groupHandler } from '../platform/http-handler.js';
import { recentMessages } from './service.js';

/** Errors: 401 UNAUTHORIZED, 403 FORBIDDEN. */
export const handler = groupHandler('notifications', {
  outbox: async () => ({ body: { items: await recentMessages() } }),
});
