import { z } from 'zod';

/**
 * Open311 clients (the apps and organisations the district gives an `api_key` for GeoReport v2's POST requests):
 * the dispatchers' input, the stored record and the views. The key itself is shown once, when it is issued, and
 * never stored: only its SHA-256 is (open311-client-store.ts).
 */

/** A client's id: ASCII, in audit records as `open311:<keyId>` (the local demo client's is `demo-client`). */
export const open311KeyId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'a key id: lower-case letters, digits and hyphens')
  .describe('The client key id (not the key)');

export const open311ClientInput = z.object({
  name: z.string().trim().min(2, 'at least 2 characters').max(80, 'at most 80 characters'),
  contact: z
    .string()
    .trim()
    .min(3, 'at least 3 characters: an e-mail address or a telephone number')
    .max(200, 'at most 200 characters'),
});
export type Open311ClientInput = z.infer<typeof open311ClientInput>;

export interface Open311ClientRecord {
  keyId: string;
  name: string;
  contact: string;
  /** The dispatcher who issued the key (username), or `system` for the local demo client. */
  createdBy: string;
  createdAt: string;
  revokedAt?: string;
  revokedBy?: string;
}

export const open311ClientView = z.object({
  keyId: z.string(),
  name: z.string(),
  contact: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().optional(),
  revokedBy: z.string().optional(),
});

export const open311ClientList = z.object({ items: z.array(open311ClientView) });

/** The answer to issuing a key: the client and its key, shown this once. */
export const open311ClientIssued = z.object({
  client: open311ClientView,
  apiKey: z.string().describe('The api_key: shown only in this answer, never again (only its hash is stored)'),
});

export const open311ClientViewOf = (r: Open311ClientRecord): z.infer<typeof open311ClientView> => ({
  keyId: r.keyId,
  name: r.name,
  contact: r.contact,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  ...(r.revokedAt ? { revokedAt: r.revokedAt } : {}),
  ...(r.revokedBy ? { revokedBy: r.revokedBy } : {}),
});
