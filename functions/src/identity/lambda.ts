import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { profileInput } from './model.js';
import { describePrincipal, readProfile, saveProfile } from './service.js';

/** Errors: 401 UNAUTHORIZED, 403 FORBIDDEN, 404 NOT_FOUND, 400 INVALID_INPUT, 409 PROFILE_STALE. */
export const handler = groupHandler('identity', {
  me: async ({ principal }) => ({ body: describePrincipal(principal) }),
  getProfile: async ({ principal }) => ({ body: await readProfile(principal) }),
  putProfile: async ({ principal, body }) => ({ body: await saveProfile(principal, parseInput(profileInput, body)) }),
});
