import { z } from 'zod';

/**
 * Machine clients (issue 15, item 3): a consuming department's system calls the API with OAuth 2.0 client credentials,
 * one client per system. Its head registers it, rotates its secret and revokes it; the secret is shown once and only
 * its hash is kept (machine-client-store.ts) for the local identity provider to check (infra/local/identity), or
 * Cognito keeps it (client-directory/cognito.ts).
 */

/** A client id: `yx-`, the department's code and 8 hex digits (also the token's `sub` and `client_id`). */
export const machineClientId = z
  .string()
  .regex(/^yx-[a-z][a-z0-9-]{1,40}-[0-9a-f]{8}$/, 'must be a client id such as yx-market-supervision-1a2b3c4d')
  .describe('The machine client id');

export const machineClientInput = z
  .object({
    /** The system's name (e.g. 市场主体登记系统). */
    system: z.string().trim().min(2, 'at least 2 characters').max(80, 'at most 80 characters'),
    /** Who runs it: an e-mail address or a telephone number. */
    contact: z.string().trim().min(3, 'at least 3 characters').max(200, 'at most 200 characters'),
  })
  .strict();
export type MachineClientInput = z.infer<typeof machineClientInput>;

export interface MachineClientRecord {
  clientId: string;
  department: string;
  system: string;
  contact: string;
  scopes: string[];
  createdBy: string;
  createdAt: string;
  /** Which directory issues its tokens (client-directory/): `local` when absent (records made before Cognito). */
  directory?: 'local' | 'cognito';
  /** The id in the token's `client_id` and `sub` when it is not `clientId` (Cognito's app client id). */
  issuedClientId?: string;
  /** SHA-256 (hex) of the current secret when our table checks it (the local directory); never leaves the backend. */
  secretHash?: string;
  rotatedAt?: string;
  revokedAt?: string;
  revokedBy?: string;
  version: number;
}

export const machineClientView = z.object({
  clientId: z.string(),
  department: z.string(),
  system: z.string(),
  contact: z.string(),
  scopes: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  rotatedAt: z.string().optional(),
  revokedAt: z.string().optional(),
  revokedBy: z.string().optional(),
});
export type MachineClientView = z.infer<typeof machineClientView>;

export const machineClientList = z.object({ items: z.array(machineClientView) });

/** A client with its secret, in the answer that issues or rotates it only. */
export const machineClientIssued = z.object({
  client: machineClientView,
  tokenClientId: z
    .string()
    .describe(
      "The client id to present with the secret at the token endpoint (the client id locally, Cognito's on AWS)",
    ),
  clientSecret: z.string().describe('The client secret: shown only in this answer (never stored in clear)'),
  tokenEndpoint: z
    .string()
    .describe("Where to exchange the client credentials for an access token (a path, or Cognito's token URL)"),
});

export const machineClientViewOf = (r: MachineClientRecord): MachineClientView => ({
  clientId: r.clientId,
  department: r.department,
  system: r.system,
  contact: r.contact,
  scopes: r.scopes,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  ...(r.rotatedAt ? { rotatedAt: r.rotatedAt } : {}),
  ...(r.revokedAt ? { revokedAt: r.revokedAt } : {}),
  ...(r.revokedBy ? { revokedBy: r.revokedBy } : {}),
});
