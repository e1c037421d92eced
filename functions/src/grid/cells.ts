import { streets } from '../registries/geography.js';
import { pointInPolygon, type Position, type Ring } from './geometry.js';

/**
 * The district's grid (网格): its 22 streets, their 267 communities and two grid cells per community, as
 * GeoJSON polygons in Yuexiu's real extent (the box of outlets/geojson.ts's district outline). DEMONSTRATION
 * DATA, generated and deterministic: streets are blocks of a 6 × 4 lattice over the district, each street's
 * communities split its block row by row, each community is split into a west and an east cell. Plausible in
 * place and size (a cell is a few hundred metres across), not a survey. Each cell's responsible inspector is the
 * street's grid inspector (网格员): `inspector1` for 北京街, `inspector-<street>` elsewhere (the demo users).
 */

const west = 113.243;
const east = 113.309;
const south = 23.113; // the southern edge, along the Pearl River
const north = 23.165;
const columns = 6;
const rows = 4;
/** Lattice slots left empty: the north-east and south-west corners lie outside the district outline. */
const emptySlots = new Set([5, 18]);

export interface GridCell {
  readonly code: string;
  readonly name: string;
  readonly street: string;
  readonly streetName: string;
  readonly community: string;
  readonly communityName: string;
  readonly inspector: string;
  readonly ring: Ring;
}

const rectangle = (w: number, s: number, e: number, n: number): Ring =>
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ].map(([x, y]) => [round(x!), round(y!)] as const);

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The responsible inspector of a street's cells (see the demo users). */
export const inspectorOfStreet = (street: string) => (street === 'beijing' ? 'inspector1' : `inspector-${street}`);

function buildCells(): GridCell[] {
  const slots = Array.from({ length: columns * rows }, (_, i) => i).filter((i) => !emptySlots.has(i));
  const width = (east - west) / columns;
  const height = (north - south) / rows;
  return streets.flatMap((street, index) => {
    const slot = slots[index] as number;
    const w = west + (slot % columns) * width;
    const n = north - Math.floor(slot / columns) * height;
    const count = street.communities.length;
    const perRow = Math.ceil(Math.sqrt(count));
    const rowCount = Math.ceil(count / perRow);
    return street.communities.flatMap((community, i) => {
      const row = Math.floor(i / perRow);
      const inRow = row === rowCount - 1 ? count - perRow * (rowCount - 1) : perRow;
      const cellWidth = width / inRow;
      const cw = w + (i - row * perRow) * cellWidth;
      const cn = n - row * (height / rowCount);
      const cs = cn - height / rowCount;
      const mid = cw + cellWidth / 2;
      return ([1, 2] as const).map((half) => ({
        code: `${community.code}-${half}`,
        name: `${community.name}第${half === 1 ? '一' : '二'}网格`,
        street: street.code,
        streetName: street.name,
        community: community.code,
        communityName: community.name,
        inspector: inspectorOfStreet(street.code),
        ring: half === 1 ? rectangle(cw, cs, mid, cn) : rectangle(mid, cs, cw + cellWidth, cn),
      }));
    });
  });
}

export const gridCells: readonly GridCell[] = buildCells();

/** The grid's bounds [west, south, east, north] (for drawing). */
export const gridBounds = [west, south, east, north] as const;

/** The cell containing the point (longitude, latitude), if the point is in the district's grid. */
export function cellAt(lng: number, lat: number): GridCell | undefined {
  const p: Position = [lng, lat];
  return gridCells.find((cell) => pointInPolygon(p, [cell.ring]));
}

export const cellByCode = (code: string) => gridCells.find((cell) => cell.code === code);

/** The grid as a GeoJSON FeatureCollection of cells (RFC 7946: [longitude, latitude]). */
export function gridGeoJson() {
  return {
    type: 'FeatureCollection' as const,
    bbox: [...gridBounds],
    features: gridCells.map(({ ring, ...properties }) => ({
      type: 'Feature' as const,
      id: properties.code,
      properties,
      geometry: { type: 'Polygon' as const, coordinates: [ring.map(([x, y]) => [x, y])] },
    })),
  };
}
