import { describe, expect, it } from 'vitest';
import { pointInPolygon, pointInRing, type Ring } from '../../../functions/src/grid/geometry.js';

const square: Ring = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
/** A U shape: the notch between its arms (x 4–6, y 4–10) is outside. */
const u: Ring = [
  [0, 0],
  [10, 0],
  [10, 10],
  [6, 10],
  [6, 4],
  [4, 4],
  [4, 10],
  [0, 10],
];

describe('pointInRing (ray casting)', () => {
  it('finds a point inside a square and refuses one outside it', () => {
    expect(pointInRing([5, 5], square)).toBe(true);
    expect(pointInRing([15, 5], square)).toBe(false);
    expect(pointInRing([5, -0.001], square)).toBe(false);
  });

  it('counts a point on an edge or a vertex as inside', () => {
    expect(pointInRing([10, 5], square)).toBe(true);
    expect(pointInRing([0, 0], square)).toBe(true);
    expect(pointInRing([5, 10], square)).toBe(true);
  });

  it('keeps the notch of a concave ring outside, and its arms inside', () => {
    expect(pointInRing([5, 8], u)).toBe(false);
    expect(pointInRing([2, 8], u)).toBe(true);
    expect(pointInRing([8, 8], u)).toBe(true);
    expect(pointInRing([5, 2], u)).toBe(true);
  });

  it('gives the same answer for an open ring (last vertex not repeated)', () => {
    expect(pointInRing([5, 5], square.slice(0, 4))).toBe(true);
    expect(pointInRing([11, 5], square.slice(0, 4))).toBe(false);
  });

  it('handles a ray through a vertex without counting it twice', () => {
    const diamond: Ring = [
      [5, 0],
      [10, 5],
      [5, 10],
      [0, 5],
    ];
    expect(pointInRing([2, 5], diamond)).toBe(true);
    expect(pointInRing([-1, 5], diamond)).toBe(false);
  });
});

describe('pointInPolygon', () => {
  const hole: Ring = [
    [3, 3],
    [7, 3],
    [7, 7],
    [3, 7],
    [3, 3],
  ];

  it('leaves a point in a hole outside, and one on the hole’s edge inside', () => {
    expect(pointInPolygon([5, 5], [square, hole])).toBe(false);
    expect(pointInPolygon([1, 1], [square, hole])).toBe(true);
    expect(pointInPolygon([3, 5], [square, hole])).toBe(true);
  });
});
