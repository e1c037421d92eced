import { describe, expect, it } from 'vitest';
import { cellAt, gridBounds, gridCells, gridGeoJson } from '../../../functions/src/grid/cells.js';
import { districtOutlineRing } from '../../../functions/src/outlets/geojson.js';
import { streets } from '../../../functions/src/registries/geography.js';

const centre = (ring: readonly (readonly [number, number])[]) => {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] as const;
};

describe('the grid', () => {
  it('has two cells for each of the 267 communities of the 22 streets', () => {
    expect(new Set(gridCells.map((c) => c.street)).size).toBe(22);
    expect(new Set(gridCells.map((c) => c.community)).size).toBe(267);
    expect(gridCells).toHaveLength(534);
    expect(new Set(gridCells.map((c) => c.code)).size).toBe(534);
  });

  it('lies within the district outline’s box', () => {
    const xs = districtOutlineRing.map((p) => p[0]);
    const ys = districtOutlineRing.map((p) => p[1]);
    expect(gridBounds[0]).toBeGreaterThanOrEqual(Math.min(...xs));
    expect(gridBounds[2]).toBeLessThanOrEqual(Math.max(...xs));
    expect(gridBounds[1]).toBeGreaterThanOrEqual(Math.min(...ys) - 0.003);
    expect(gridBounds[3]).toBeLessThanOrEqual(Math.max(...ys));
  });

  it('finds every cell at its own centre (the cells do not overlap there)', () => {
    for (const cell of gridCells) {
      const [lng, lat] = centre(cell.ring);
      expect(cellAt(lng, lat)?.code, cell.code).toBe(cell.code);
    }
  });

  it('finds no cell outside the district', () => {
    expect(cellAt(113.2, 23.13)).toBeUndefined();
    expect(cellAt(113.27, 23.2)).toBeUndefined();
  });

  it('names the street’s inspector for each cell: inspector1 in 北京街', () => {
    const beijing = gridCells.filter((c) => c.street === 'beijing');
    expect(beijing.length).toBe(2 * streets.find((s) => s.code === 'beijing')!.communities.length);
    expect(new Set(beijing.map((c) => c.inspector))).toEqual(new Set(['inspector1']));
    expect(gridCells.find((c) => c.street === 'dongshan')?.inspector).toBe('inspector-dongshan');
  });

  it('is GeoJSON with closed rings in [longitude, latitude] order', () => {
    const geo = gridGeoJson();
    expect(geo.type).toBe('FeatureCollection');
    for (const feature of geo.features) {
      const ring = feature.geometry.coordinates[0]!;
      expect(ring[0]).toEqual(ring.at(-1));
      expect(ring[0]![0]).toBeGreaterThan(113);
      expect(ring[0]![1]).toBeLessThan(24);
    }
  });
});
