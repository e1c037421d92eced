import { describe, expect, it } from 'vitest';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import { distanceMeters, insideRing } from '../../../functions/src/outlets/geo.js';
import { districtOutline, districtOutlineRing, outletsGeoJson } from '../../../functions/src/outlets/geojson.js';
import { outlet, outletQuery } from '../../../functions/src/outlets/model.js';
import { listOutlets } from '../../../functions/src/outlets/service.js';
import { outlets, serviceStations } from '../../../functions/src/outlets/stations.js';

const issueFields = (query: Record<string, string>) => {
  const result = outletQuery.safeParse(query);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('the outlets', () => {
  it('has 22 service stations: 18 street stations, 3 branch stations and the district centre', () => {
    expect(serviceStations).toHaveLength(22);
    expect(outlets.filter((o) => o.kind === 'street-station')).toHaveLength(18);
    expect(outlets.filter((o) => o.kind === 'branch-station')).toHaveLength(3);
    expect(outlets.filter((o) => o.kind === 'service-centre').map((o) => o.code)).toEqual(['district-service-centre']);
  });

  it('has every outlet code the catalog seed names', () => {
    const codes = new Set(outlets.map((o) => o.code));
    const named = [...new Set(seedItems.flatMap((i) => i.outlets))];
    expect(named.filter((c) => !codes.has(c))).toEqual([]);
  });

  it.each(outlets.map((o) => [o.code, o] as const))('%s is valid, unique, demo-labelled and inside Yuexiu', (_c, o) => {
    expect(outlet.safeParse(o).success).toBe(true);
    expect(outlets.filter((x) => x.code === o.code)).toHaveLength(1);
    expect(o.demo).toBe(true);
    expect(o.location.lat).toBeGreaterThanOrEqual(23.11);
    expect(o.location.lat).toBeLessThanOrEqual(23.16);
    expect(o.location.lng).toBeGreaterThanOrEqual(113.24);
    expect(o.location.lng).toBeLessThanOrEqual(113.31);
    expect(insideRing(o.location, districtOutlineRing)).toBe(true);
  });
});

describe('the nearest outlet', () => {
  it('measures great-circle distance (one degree of latitude is about 111 km)', () => {
    expect(distanceMeters({ lat: 23, lng: 113 }, { lat: 24, lng: 113 })).toBeCloseTo(111_195, -2);
    expect(distanceMeters({ lat: 23.1, lng: 113.2 }, { lat: 23.1, lng: 113.2 })).toBe(0);
  });

  it('orders outlets nearest first, with their distance in metres', () => {
    const station = outlets.find((o) => o.code === 'street-dongshan')!;
    const { items } = listOutlets({ near: station.location });
    expect(items[0]!.code).toBe('street-dongshan');
    expect(items[0]!.distanceMeters).toBe(0);
    const distances = items.map((i) => i.distanceMeters!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(items).toHaveLength(outlets.length);
  });

  it('filters by type and lists without distances when no position is given', () => {
    const { items, notice } = listOutlets({ type: 'department' });
    expect(items.every((i) => i.type === 'department' && i.distanceMeters === undefined)).toBe(true);
    expect(notice.en).toMatch(/demonstration/);
  });

  it('parses near as lat,lng and refuses anything else at near', () => {
    expect(outletQuery.parse({ near: '23.1291, 113.2644' }).near).toEqual({ lat: 23.1291, lng: 113.2644 });
    for (const bad of ['23.1', 'abc', '91,113', '23.1,181', '23.1;113.2', ''])
      expect(issueFields({ near: bad })).toEqual(['near']);
    expect(issueFields({ type: 'shop' })).toEqual(['type']);
  });
});

describe('the map data', () => {
  it('exports the outlets as GeoJSON points in [lng, lat] order', () => {
    const collection = outletsGeoJson();
    expect(collection.features).toHaveLength(outlets.length);
    const first = collection.features[0]!;
    expect(first.geometry.coordinates).toEqual([outlets[0]!.location.lng, outlets[0]!.location.lat]);
    expect(first.properties).toMatchObject({ code: outlets[0]!.code, name: outlets[0]!.name });
  });

  it('exports a closed district outline polygon', () => {
    const ring = districtOutline().geometry.coordinates[0]!;
    expect(ring.length).toBeGreaterThanOrEqual(4);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });
});
