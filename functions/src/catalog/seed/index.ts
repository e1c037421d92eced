import { serviceItem, type ServiceItem } from '../model.js';
import { publishSeedItem } from '../service.js';
import { seedItems } from './items.js';

export { seedItems };

/**
 * Publishes the seed catalog (or `items`) as version 1 of each item that is missing, through the platform's
 * config and clients; items that exist are left as they are, so a restart keeps every edit. Returns how
 * many items were written.
 */
export async function seedCatalog(items: readonly ServiceItem[] = seedItems): Promise<number> {
  let written = 0;
  for (const item of items) {
    if (await publishSeedItem(serviceItem.parse(item))) written++;
  }
  return written;
}
