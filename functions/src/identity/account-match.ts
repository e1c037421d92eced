import { createHash } from 'node:crypto';
import { maskName } from '../platform/personal-data/masking.js';
import { residentIdBlindIndex } from './service.js';
import * as store from './store.js';

/** An account as a counter clerk sees it: an opaque reference and masked details, never the subject. */
export interface ShownAccount {
  /** Stable, opaque: what the clerk sends back to confirm this account. */
  ref: string;
  nameMasked: string;
  phoneMasked?: string;
}

/**
 * Which account a resident ID number leads to (issue 10 §2):
 * - `none`: no account carries it;
 * - `verified`: bound to one account after real-name verification; `others` lists profiles that still carry
 *   the number without a binding (recorded before verification existed), shown so nothing is hidden;
 * - `unverified`: one profile carries it, without a binding; a case never joins it;
 * - `ambiguous`: several profiles carry it, none bound; a case never joins any.
 */
export type AccountMatch =
  | { kind: 'none' }
  | { kind: 'verified'; account: ShownAccount; others: ShownAccount[] }
  | { kind: 'unverified' | 'ambiguous'; accounts: ShownAccount[] };

/** The reference of an account: a hash of its subject, so the clerk never sees the subject itself. */
export const accountRef = (sub: string) =>
  createHash('sha256').update(`account\u0000${sub}`).digest('base64url').slice(0, 16);

async function shown(sub: string): Promise<ShownAccount> {
  const profile = await store.getProfile(sub);
  return {
    ref: accountRef(sub),
    nameMasked: profile ? maskName(profile.name) : '*',
    ...(profile?.phoneMasked ? { phoneMasked: profile.phoneMasked } : {}),
  };
}

/** The account match of an ID number, and the subject a case may join (only when verified). */
export async function accountMatchForResidentId(
  idNumber: string,
): Promise<{ match: AccountMatch; verifiedSub?: string }> {
  const blindIndex = await residentIdBlindIndex(idNumber);
  const [binding, carriers] = await Promise.all([store.getBinding(blindIndex), store.subsByBlindIndex(blindIndex)]);
  const unbound = carriers.filter((sub) => sub !== binding?.sub);
  if (binding) {
    const [account, ...others] = await Promise.all([binding.sub, ...unbound].map(shown));
    return { match: { kind: 'verified', account: account!, others }, verifiedSub: binding.sub };
  }
  if (unbound.length === 0) return { match: { kind: 'none' } };
  return {
    match: { kind: unbound.length === 1 ? 'unverified' : 'ambiguous', accounts: await Promise.all(unbound.map(shown)) },
  };
}
