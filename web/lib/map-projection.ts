/** A point on the outlet map, in SVG user units. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

export interface MapFrame {
  readonly width: number;
  readonly height: number;
  readonly project: (position: { lat: number; lng: number }) => MapPoint;
}

/**
 * An equirectangular projection of the given positions onto a `width`-wide SVG: longitude scaled by the
 * cosine of the middle latitude, north up. Accurate enough for a district a few kilometres across.
 */
export function mapFrame(positions: readonly { lat: number; lng: number }[], width = 640, margin = 24): MapFrame {
  const lats = positions.map((p) => p.lat);
  const lngs = positions.map((p) => p.lng);
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * xScale, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = (width - 2 * margin) / spanX;
  const height = Math.round(spanY * scale + 2 * margin);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    project: ({ lat, lng }) => ({
      x: round(margin + (lng - minLng) * xScale * scale),
      y: round(margin + (maxLat - lat) * scale),
    }),
  };
}
