import { randomBytes } from 'node:crypto';
import { nowIso } from '../platform/clock.js';
import { AppError, conflict, forbidden, notFound } from '../platform/errors.js';
import { allMachineScopes } from '../platform/machine-scopes.js';
import type { Principal } from '../platform/principal.js';
import type { Extractor } from './extraction.js';
import {
  machineClientId,
  machineClientViewOf,
  type MachineClientInput,
  type MachineClientRecord,
} from './machine-client-model.js';
import { machineClientDirectory, type IssuedCredentials } from './client-directory/index.js';
import * as store from './machine-client-store.js';

/**
 * A department head's machine clients: one per system of the department that extracts granted data. Errors:
 * 401 MACHINE_CLIENT_REVOKED (a revoked client's token), 403 FORBIDDEN, 404 NOT_FOUND, 409 MACHINE_CLIENT_STALE,
 * 409 MACHINE_CLIENT_REREGISTER (rotating a client another directory issued).
 */

function departmentOf(principal: Principal): string {
  if (!principal.department) throw forbidden('Only the head of a department manages its systems');
  return principal.department;
}

const issued = (record: MachineClientRecord, clientSecret: string) => ({
  client: machineClientViewOf(record),
  tokenClientId: record.issuedClientId ?? record.clientId,
  clientSecret,
  tokenEndpoint: machineClientDirectory().tokenEndpoint,
});

/** The secret's hash when the directory has our table check it; none (and no stale one) otherwise. */
function withSecretOf<T extends MachineClientRecord>(record: T, credentials: Pick<IssuedCredentials, 'secretHash'>): T {
  const next = { ...record, secretHash: credentials.secretHash };
  if (!next.secretHash) delete next.secretHash;
  return next;
}

/**
 * Registers a system: the directory issues its credentials (locally our own id and a secret whose hash we keep; on
 * AWS a Cognito app client), and our record maps the issued client id to the system and its department.
 */
export async function createClient(principal: Principal, input: MachineClientInput) {
  const department = departmentOf(principal);
  const directory = machineClientDirectory();
  const clientId = `yx-${department}-${randomBytes(4).toString('hex')}`;
  const scopes = [...allMachineScopes];
  const credentials = await directory.register({ clientId, department, scopes });
  const record: MachineClientRecord = withSecretOf(
    {
      clientId,
      department,
      ...input,
      scopes,
      createdBy: principal.username,
      createdAt: nowIso(),
      directory: directory.source,
      ...(credentials.issuedClientId !== clientId ? { issuedClientId: credentials.issuedClientId } : {}),
      version: 1,
    },
    credentials,
  );
  if (!(await store.putClient(record))) {
    await directory.forget(credentials.issuedClientId);
    throw new Error('machine client id exists already');
  }
  return issued(record, credentials.clientSecret);
}

export async function listClients(principal: Principal) {
  return { items: (await store.clientsOf(departmentOf(principal))).map(machineClientViewOf) };
}

/** The department's own client (404 for another department's, or an unknown id). */
async function ownClient(principal: Principal, clientId: string): Promise<MachineClientRecord> {
  const record = machineClientId.safeParse(clientId).success ? await store.getClient(clientId) : undefined;
  if (!record || record.department !== departmentOf(principal)) throw notFound('Machine client');
  return record;
}

/**
 * The directory that issued the client's credentials when it is the one configured now, else undefined: a record
 * outlives a change of MACHINE_CLIENTS (e.g. `yx-…` clients of the local identity provider once on Cognito), and
 * another directory's client is not in this one.
 */
function issuingDirectory(record: MachineClientRecord) {
  const directory = machineClientDirectory();
  return directory.source === (record.directory ?? 'local') ? directory : undefined;
}

/**
 * A new secret (shown once): the old one is refused by the token endpoint from then on. Only the directory that issued
 * the client can give it one: a client of another directory is answered 409 MACHINE_CLIENT_REREGISTER (its id is not
 * an app client there, and a secret from this directory would be checked by nobody), asking to register it again.
 */
export async function rotateClient(principal: Principal, clientId: string) {
  const record = await ownClient(principal, clientId);
  if (record.revokedAt) throw conflict('MACHINE_CLIENT_STALE', 'This client was revoked');
  const directory = issuingDirectory(record);
  if (!directory) {
    throw conflict(
      'MACHINE_CLIENT_REREGISTER',
      `This client was issued by the ${record.directory ?? 'local'} directory, not the one in use: register the system again, then revoke this client`,
    );
  }
  const credentials = await directory.rotateSecret(record.issuedClientId ?? record.clientId);
  const next = withSecretOf({ ...record, rotatedAt: nowIso(), version: record.version + 1 }, credentials);
  if (!(await store.putClient(next))) throw conflict('MACHINE_CLIENT_STALE', 'The client changed meanwhile');
  return issued(next, credentials.clientSecret);
}

/**
 * Revokes the client, whichever directory issued it: the issuing directory, when it is the one in use, issues no new
 * token (Cognito's app client is deleted first, which is idempotent, so a retry after a lost race still ends revoked).
 * Our record then says revoked, and by it the gateway (data-sharing/authorizer), the routes and the local identity
 * provider refuse the client: so a client of another directory is revoked by the record alone. The kept secret hash
 * goes with it.
 */
export async function revokeClient(principal: Principal, clientId: string) {
  const record = await ownClient(principal, clientId);
  if (record.revokedAt) throw conflict('MACHINE_CLIENT_STALE', 'This client was revoked already');
  await issuingDirectory(record)?.revoke(record.issuedClientId ?? record.clientId);
  const { secretHash: _dropped, ...kept } = record;
  const next = { ...kept, revokedAt: nowIso(), revokedBy: principal.username, version: record.version + 1 };
  if (!(await store.putClient(next))) throw conflict('MACHINE_CLIENT_STALE', 'The client changed meanwhile');
  return machineClientViewOf(next);
}

/**
 * Who extracts: a staff member for their department, or a department's system (its client's department, found by the
 * token's `client_id`: our id locally, Cognito's app client id on AWS). A token of a revoked or unknown client is
 * refused (401), whatever its expiry says.
 */
export async function extractorOf(principal: Principal): Promise<Extractor> {
  if (principal.client) {
    const record = await store.clientOfToken(principal.client.clientId);
    if (!record) throw new AppError(401, 'UNAUTHORIZED', 'Unknown machine client');
    if (record.revokedAt) throw new AppError(401, 'MACHINE_CLIENT_REVOKED', 'This client was revoked');
    return { by: principal.username, department: record.department };
  }
  if (!principal.department) throw forbidden('Only staff of a department extract data');
  return { by: principal.username, department: principal.department };
}
