import { nowIso } from '../platform/clock.js';
import { AppError, notFound } from '../platform/errors.js';
import { newSortableId } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import { open311KeyId, type Open311ClientInput, type Open311ClientRecord } from './open311-client-model.js';
import * as store from './open311-client-store.js';

/**
 * The dispatchers' administration of Open311 clients: issue a key (shown once), list the clients, revoke a key.
 * GeoReport's POST requests asks `clientOfKey` which client a presented api_key belongs to.
 */

/** Issues a new client its api_key; the key is in this answer only. */
export async function issueClient(
  principal: Principal,
  input: Open311ClientInput,
): Promise<{ record: Open311ClientRecord; apiKey: string }> {
  const record: Open311ClientRecord = {
    keyId: `k-${newSortableId()}`,
    name: input.name,
    contact: input.contact,
    createdBy: principal.username,
    createdAt: nowIso(),
  };
  const apiKey = store.newApiKey();
  // A fresh random id and key never exist already; a refusal would be a fault, not the caller's.
  if (!(await store.insertClient(record, apiKey))) throw new Error('open311 client id or key exists already');
  return { record, apiKey };
}

export const listClients = (): Promise<Open311ClientRecord[]> => store.listClients();

/** Revokes a client's key: POST requests refuses it from then on (403). 409 when it was revoked already. */
export async function revokeClient(principal: Principal, keyId: string): Promise<Open311ClientRecord> {
  if (!open311KeyId.safeParse(keyId).success) throw notFound('Open311 client');
  const result = await store.revokeClient(keyId, principal.username, nowIso());
  if (result.outcome === 'revoked') return result.record;
  if (result.outcome === 'missing') throw notFound('Open311 client');
  throw new AppError(409, 'API_KEY_REVOKED', 'This Open311 client’s key was revoked already');
}

/** The client a presented api_key belongs to: its key id and whether the key was revoked; undefined if unknown. */
export const clientOfKey = (apiKey: string) => store.keyOf(apiKey);
