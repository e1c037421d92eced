import { distanceMeters } from './geo.js';
import type { Outlet, OutletList, OutletQuery } from './model.js';
import { outlets as allOutlets } from './stations.js';

export const demoNotice = {
  zh: '网点名称、地址、电话和坐标为演示数据，办事前请以官方公布的信息为准。',
  en: 'Outlet names, addresses, phones and positions are demonstration data; check official sources before you go.',
};

/**
 * Outlets of `query.type` (all when absent); with `query.near`, nearest first, each with its
 * great-circle distance in whole metres.
 */
export function listOutlets(query: OutletQuery, outlets: readonly Outlet[] = allOutlets): OutletList {
  const matching = outlets.filter((o) => !query.type || o.type === query.type);
  const near = query.near;
  if (!near) return { items: [...matching], notice: demoNotice };
  const items = matching
    .map((o) => ({ ...o, distanceMeters: Math.round(distanceMeters(near, o.location)) }))
    .sort((a, b) => a.distanceMeters - b.distanceMeters || a.code.localeCompare(b.code));
  return { items, notice: demoNotice };
}
