import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { decisionInput, workItemQuery } from './model.js';
import { inboxPage } from './inbox.js';
import { claimItem, decide, releaseItem } from './service.js';

/**
 * Errors: 400 INVALID_INPUT (a bad filter or cursor, naming the field), 401, 403 FORBIDDEN, 404 NOT_FOUND, 409 ALREADY_DECIDED / TASK_EXPIRED /
 * CLAIMED_BY_OTHER / NOT_CLAIMED_BY_YOU.
 */
export const handler = groupHandler('workitems', {
  // A read of personal data (masked applicants): audited by the route table, with how many rows were shown.
  list: async ({ principal, query }) => {
    const page = await inboxPage(principal, parseInput(workItemQuery, query));
    return { body: page, audit: { details: { shown: String(page.items.length), total: String(page.total) } } };
  },
  claim: async ({ principal, scope, params }) => ({ body: await claimItem(principal, scope, params.id ?? '') }),
  release: async ({ principal, scope, params }) => ({ body: await releaseItem(principal, scope, params.id ?? '') }),
  decide: async ({ principal, scope, params, body }) => ({
    body: await decide(principal, scope, params.id ?? '', parseInput(decisionInput, body)),
  }),
});
