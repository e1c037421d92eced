import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { profileInput, profileQuery } from './model.js';
import { describePrincipal, readProfile, saveProfile } from './service.js';

/**
 * Errors: 401 UNAUTHORIZED, 403 FORBIDDEN, 404 NOT_FOUND, 400 INVALID_INPUT, 409 PROFILE_STALE,
 * 500 PERSONAL_DATA_UNREADABLE (shown as INTERNAL).
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
});
