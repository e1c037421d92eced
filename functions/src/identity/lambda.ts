import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { addEntityAgent, bindEntity, readEntityBinding, removeEntityAgent } from './entity-binding.js';
import { entityAgentInput, entityAgentParams, entityBindingInput, profileInput, profileQuery } from './model.js';
import { describePrincipal, readProfile, saveProfile } from './service.js';

/**
 * Errors: 401 UNAUTHORIZED, 403 FORBIDDEN, 404 NOT_FOUND, 400 INVALID_INPUT, 409 PROFILE_STALE,
 * 500 PERSONAL_DATA_UNREADABLE (shown as INTERNAL); the entity binding: 422 REAL_NAME_REQUIRED, 404
 * ENTITY_NOT_FOUND, 409 ENTITY_NOT_ACTIVE, 403 NOT_LEGAL_REPRESENTATIVE.
 */
export const handler = groupHandler('identity', {
  me: async ({ principal }) => ({ body: describePrincipal(principal) }),
  getProfile: async ({ principal, query }) => {
    const { reveal } = parseInput(profileQuery, query);
    const { profile, revealed } = await readProfile(principal, { reveal: reveal === 'true' });
    // Every unmasking of personal data is its own audit action, naming the fields (not their values).
    const audit =
      revealed.length > 0 ? { action: 'personal.unmask', details: { fields: revealed.join('|') } } : undefined;
    return { body: profile, audit };
  },
  putProfile: async ({ principal, body }) => ({ body: await saveProfile(principal, parseInput(profileInput, body)) }),
  getEntityBinding: async ({ principal }) => ({ body: await readEntityBinding(principal) }),
  // The audit names the entity (a public code); the check read the caller's registry record by blind index.
  putEntityBinding: async ({ principal, body }) => {
    const input = parseInput(entityBindingInput, body);
    const view = await bindEntity(principal, input);
    return { body: view, audit: { resourceId: input.creditCode, details: { role: view.binding?.role ?? '' } } };
  },
  addEntityAgent: async ({ principal, body }) => {
    const view = await addEntityAgent(principal, parseInput(entityAgentInput, body));
    return { status: 201, body: view, audit: { resourceId: view.binding?.creditCode ?? 'collection' } };
  },
  removeEntityAgent: async ({ principal, params }) => {
    const { agentId } = parseInput(entityAgentParams, params);
    const { view, creditCode } = await removeEntityAgent(principal, agentId);
    return { body: view, audit: { resourceId: creditCode, details: { agentId } } };
  },
});
