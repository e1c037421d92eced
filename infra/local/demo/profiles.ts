import { DemoApiError, type DemoApiClient } from './api-client.js';
import { demoAccounts } from './people.js';

interface ProfileView {
  name: string;
  phone?: string;
  email?: string;
  idNumber?: string;
  version: number;
}

/**
 * Gives each demo citizen their verified details (name as on the ID card, resident ID number, mobile) and
 * each demo enterprise its contact's mobile, by saving the profile through the API as the user would.
 * A profile that already has them is left as it is. Returns how many profiles were saved.
 */
export async function completeDemoProfiles(client: DemoApiClient): Promise<number> {
  let saved = 0;
  for (const { user, applicant } of demoAccounts) {
    const missing: ProfileView = { name: user.name, version: 0 };
    const current = await client.call<ProfileView>(user.username, 'GET', '/api/me/profile').catch((error: unknown) => {
      if (error instanceof DemoApiError && error.status === 404) return missing;
      throw error;
    });
    const person = applicant.kind === 'person';
    if (current.phone && (!person || current.idNumber)) continue;
    const who = person ? applicant : applicant.contact;
    await client.call(user.username, 'PUT', '/api/me/profile', {
      name: current.name,
      email: current.email ?? user.email,
      phone: who.mobile,
      ...(person ? { idNumber: applicant.idNumber } : {}),
      version: current.version,
    });
    saved++;
  }
  return saved;
}
