import type { GridModel } from './grid-api';
import { gridFrame, project, ringsPath, type GridFrame } from './grid-map';

/** What an SVG of the grid needs, computed on the server: the frame, every cell's outline, each street's block. */
export interface GridDrawing {
  readonly frame: GridFrame;
  readonly cellsPath: string;
  readonly streets: readonly { code: string; name: string; path: string; label: { x: number; y: number } }[];
}

export function gridDrawing(model: GridModel, width = 360): GridDrawing {
  const frame = gridFrame(model.grid.bbox, width);
  const rings = model.grid.features.map((f) => f.geometry.coordinates[0] ?? []);
  const byStreet = new Map<string, { name: string; lngs: number[]; lats: number[] }>();
  for (const feature of model.grid.features) {
    const entry = byStreet.get(feature.properties.street) ?? {
      name: feature.properties.streetName,
      lngs: [],
      lats: [],
    };
    for (const [lng, lat] of feature.geometry.coordinates[0] ?? []) {
      entry.lngs.push(lng);
      entry.lats.push(lat);
    }
    byStreet.set(feature.properties.street, entry);
  }
  const streets = [...byStreet].map(([code, { name, lngs, lats }]) => {
    const [w, e, s, n] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
    const box: [number, number][] = [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ];
    return { code, name, path: ringsPath(frame, [box]), label: project(frame, (w + e) / 2, (s + n) / 2) };
  });
  return { frame, cellsPath: ringsPath(frame, rings), streets };
}
