/**
 * Point-in-polygon by ray casting (the even–odd rule), in GeoJSON order [longitude, latitude]. The grid's cells
 * are small (a few hundred metres), so a planar test on degrees is exact enough; a point on an edge counts as
 * inside, so a point on the border of two cells finds the first of them rather than none.
 */

export type Position = readonly [lng: number, lat: number];
export type Ring = readonly Position[];

/** Whether `p` lies on the segment a–b (within a tolerance far below a metre). */
function onSegment(p: Position, a: Position, b: Position): boolean {
  const cross = (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]);
  if (Math.abs(cross) > 1e-12) return false;
  return (
    Math.min(a[0], b[0]) - 1e-12 <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) + 1e-12 &&
    Math.min(a[1], b[1]) - 1e-12 <= p[1] &&
    p[1] <= Math.max(a[1], b[1]) + 1e-12
  );
}

/** Whether `p` is inside the ring or on its boundary; the ring may be closed (first = last) or not. */
export function pointInRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (onSegment(p, a, b)) return true;
    const crosses = a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0];
    if (crosses) inside = !inside;
  }
  return inside;
}

/** Whether `p` is inside a GeoJSON polygon: inside its outer ring and in none of its holes. */
export function pointInPolygon(p: Position, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(p, outer)) return false;
  return !holes.some(
    (hole) => pointInRing(p, hole) && !hole.some((_, i) => onSegment(p, hole[i]!, hole[(i + 1) % hole.length]!)),
  );
}
