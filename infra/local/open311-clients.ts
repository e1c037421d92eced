import { ensureClient } from '../../functions/src/grid/open311-client-store.js';
import { nowIso } from '../../functions/src/platform/clock.js';

/**
 * The Open311 client of the local cloud: a demo api_key for trying GeoReport v2 clients against
 * http://localhost:3000/open311/v2/, listed among the clients on /staff/grid/open311-clients (only its hash is
 * stored, as for every key). DEMONSTRATION DATA of the local cloud only; on AWS dispatchers issue each client's key
 * there (POST /api/grid/open311-clients).
 */
export const demoOpen311Client = {
  /** The client's key id: its reports and their audit records are `open311:demo-client`. */
  client: 'demo-client',
  name: '越秀号 Open311 演示客户端',
  contact: 'open311-demo@yuexiu.example',
  apiKey: 'yuexiu-demo-open311-key',
} as const;

/** Registers the demo client and its key's hash (a restart leaves both as they are, a revocation too). */
export async function seedOpen311Clients(): Promise<number> {
  const { client, name, contact, apiKey } = demoOpen311Client;
  await ensureClient({ keyId: client, name, contact, createdBy: 'system', createdAt: nowIso() }, apiKey);
  return 1;
}
