import { registerOpen311Key } from '../../functions/src/grid/store.js';
import { nowIso } from '../../functions/src/platform/clock.js';

/**
 * The Open311 client of the local cloud: a demo api_key for trying GeoReport v2 clients against
 * http://localhost:3000/open311/v2/ (only its hash is stored, as for every key). DEMONSTRATION DATA of the local
 * cloud only; on AWS the district registers each client's key (grid/store.ts registerOpen311Key).
 */
export const demoOpen311Client = { client: 'demo-client', apiKey: 'yuexiu-demo-open311-key' } as const;

/** Registers the demo client's key (a restart leaves it as it is). */
export async function seedOpen311Clients(): Promise<number> {
  await registerOpen311Key(demoOpen311Client.apiKey, demoOpen311Client.client, nowIso());
  return 1;
}
