import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { decisionInput } from './model.js';
import { decide, inboxOf, workItemView } from './service.js';

/** Errors: 400 INVALID_INPUT, 401, 403 FORBIDDEN, 404 NOT_FOUND, 409 ALREADY_DECIDED / TASK_EXPIRED. */
export const handler = groupHandler('workitems', {
  list: async ({ principal }) => ({ body: { items: (await inboxOf(principal)).map(workItemView) } }),
  decide: async ({ principal, scope, params, body }) => ({
    body: await decide(principal, scope, params.id ?? '', parseInput(decisionInput, body)),
  }),
});
