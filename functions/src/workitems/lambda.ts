import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { decisionInput } from './model.js';
import { claimItem, decide, inboxOf, releaseItem, workItemView } from './service.js';

/**
 * Errors: 400 INVALID_INPUT, 401, 403 FORBIDDEN, 404 NOT_FOUND, 409 ALREADY_DECIDED / TASK_EXPIRED /
 * CLAIMED_BY_OTHER / NOT_CLAIMED_BY_YOU.
 */
export const handler = groupHandler('workitems', {
  list: async ({ principal }) => ({ body: { items: (await inboxOf(principal)).map(workItemView) } }),
  claim: async ({ principal, scope, params }) => ({ body: await claimItem(principal, scope, params.id ?? '') }),
  release: async ({ principal, scope, params }) => ({ body: await releaseItem(principal, scope, params.id ?? '') }),
  decide: async ({ principal, scope, params, body }) => ({
    body: await decide(principal, scope, params.id ?? '', parseInput(decisionInput, body)),
  }),
});
