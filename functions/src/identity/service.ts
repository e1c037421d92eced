import { conflict, notFound } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Profile, ProfileInput } from './model.js';
import * as store from './store.js';

export function describePrincipal(principal: Principal) {
  return {
    sub: principal.sub,
    username: principal.username,
    roles: principal.roles,
    department: principal.department,
    street: principal.street,
  };
}

export async function readProfile(principal: Principal): Promise<Profile> {
  const profile = await store.getProfile(principal.sub);
  if (!profile) throw notFound('Profile');
  return profile;
}

/** Saves a profile; 409 PROFILE_STALE when the caller's version is not the stored one. */
export async function saveProfile(principal: Principal, input: ProfileInput): Promise<Profile> {
  const profile: Profile = {
    name: input.name,
    phone: input.phone,
    email: input.email,
    version: input.version + 1,
    updatedAt: nowIso(),
  };
  const saved = await store.putProfile(principal.sub, profile, input.version);
  if (!saved) throw conflict('PROFILE_STALE', 'The profile was changed elsewhere; reload and try again');
  return profile;
}

/** The caller's profile, or undefined when they have not saved one. */
export async function readProfileIfAny(principal: Principal): Promise<Profile | undefined> {
  return store.getProfile(principal.sub);
}
