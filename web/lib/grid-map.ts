/**
 * The grid drawn as SVG without a tile server: an equirectangular projection of the grid's box (longitude scaled
 * by the cosine of the middle latitude, north up), and back, so a tap on the map gives a latitude and longitude.
 * Free of zod and of server code: the location picker uses it in the browser.
 */

export type Bounds = readonly [west: number, south: number, east: number, north: number];

export interface GridFrame {
  readonly width: number;
  readonly height: number;
  readonly bounds: Bounds;
}

const xScaleOf = (bounds: Bounds) => Math.cos((((bounds[1] + bounds[3]) / 2) * Math.PI) / 180);

/** A frame `width` units wide for the box, with the height its shape gives. */
export function gridFrame(bounds: Bounds, width = 360): GridFrame {
  const height = Math.round(((bounds[3] - bounds[1]) / ((bounds[2] - bounds[0]) * xScaleOf(bounds))) * width);
  return { width, height, bounds };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function project(frame: GridFrame, lng: number, lat: number): { x: number; y: number } {
  const [w, s, e, n] = frame.bounds;
  return { x: round(((lng - w) / (e - w)) * frame.width), y: round(((n - lat) / (n - s)) * frame.height) };
}

/** The longitude and latitude (6 decimals, about 0.1 m) of a point of the SVG. */
export function unproject(frame: GridFrame, x: number, y: number): { lng: number; lat: number } {
  const [w, s, e, n] = frame.bounds;
  const fix = (v: number) => Math.round(v * 1e6) / 1e6;
  return { lng: fix(w + (x / frame.width) * (e - w)), lat: fix(n - (y / frame.height) * (n - s)) };
}

/** One SVG path of many closed rings (the cells' outlines in one element, not 534). */
export function ringsPath(frame: GridFrame, rings: readonly (readonly (readonly [number, number])[])[]): string {
  return rings
    .map(
      (ring) =>
        `M${ring
          .map(([lng, lat]) => {
            const p = project(frame, lng, lat);
            return `${p.x} ${p.y}`;
          })
          .join('L')}Z`,
    )
    .join('');
}
