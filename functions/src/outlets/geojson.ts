import type { Outlet } from './model.js';
import { outlets as allOutlets } from './stations.js';

/**
 * Bundled map data for the outlet map: the web draws these itself, with no request to a tile server.
 * Positions are GeoJSON order, [longitude, latitude] (RFC 7946).
 */
type Ring = readonly (readonly [lng: number, lat: number])[];

/**
 * A simplified outline of Yuexiu District (about 15 vertices, counter-clockwise, closed): the Pearl River
 * to the south, Renmin Road to the west, the foot of Baiyun Mountain to the north, Yangji to the east.
 * For drawing a backdrop only; not a survey boundary.
 */
export const districtOutlineRing: Ring = [
  [113.243, 23.118],
  [113.255, 23.115],
  [113.27, 23.115],
  [113.29, 23.113],
  [113.305, 23.118],
  [113.309, 23.128],
  [113.308, 23.14],
  [113.299, 23.15],
  [113.29, 23.16],
  [113.276, 23.162],
  [113.262, 23.165],
  [113.252, 23.16],
  [113.247, 23.148],
  [113.244, 23.14],
  [113.243, 23.118],
];

/** The district outline as a GeoJSON Feature. */
export function districtOutline() {
  return {
    type: 'Feature' as const,
    properties: { name: { zh: '越秀区（示意）', en: 'Yuexiu District (schematic)' } },
    geometry: { type: 'Polygon' as const, coordinates: [districtOutlineRing.map(([lng, lat]) => [lng, lat])] },
  };
}

/** Outlets as a GeoJSON FeatureCollection of points, their fields as properties. */
export function outletsGeoJson(outlets: readonly Outlet[] = allOutlets) {
  return {
    type: 'FeatureCollection' as const,
    features: outlets.map(({ location, ...properties }) => ({
      type: 'Feature' as const,
      id: properties.code,
      properties,
      geometry: { type: 'Point' as const, coordinates: [location.lng, location.lat] },
    })),
  };
}
